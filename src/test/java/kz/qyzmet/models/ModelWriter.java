package kz.qyzmet.models;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small BPMN 2.0 writer with diagram data, for the models {@link Models} generates. Elements are
 * placed by their centre (x, y); flows get orthogonal waypoints unless a model gives its own. The
 * text it writes is stable (attribute order, indentation, whole-number coordinates), so that the
 * committed models can be compared with it byte for byte.
 */
final class ModelWriter {

  private static final Map<String, double[]> SIZES = new HashMap<>();

  static {
    for (String event : List.of("startEvent", "endEvent", "intermediateThrowEvent", "intermediateCatchEvent",
        "boundaryEvent")) {
      SIZES.put(event, new double[] {36, 36});
    }
    for (String gateway : List.of("exclusiveGateway", "parallelGateway", "eventBasedGateway")) {
      SIZES.put(gateway, new double[] {50, 50});
    }
  }

  /** Element kinds whose name is drawn as a label beside the shape. */
  private static final List<String> LABELLED = List.of("startEvent", "endEvent", "boundaryEvent",
      "exclusiveGateway", "parallelGateway", "intermediateThrowEvent", "intermediateCatchEvent", "eventBasedGateway");

  private ModelWriter() {}

  /** A point of a flow's path. */
  record Point(double x, double y) {}

  static Point at(double x, double y) {
    return new Point(x, y);
  }

  /** A flow node or sub-process, placed by its centre. */
  static final class El {
    final String kind;
    final String id;
    final String name;
    final double x;
    final double y;
    double w;
    double h;
    final Map<String, String> attrs = new LinkedHashMap<>();
    String body = "";
    String attached;
    boolean triggered;
    final List<El> children = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final List<String> incoming = new ArrayList<>();
    final List<String> outgoing = new ArrayList<>();
    private List<El> container;

    El(String kind, String id, String name, double x, double y) {
      this.kind = kind;
      this.id = id;
      this.name = name;
      this.x = x;
      this.y = y;
      double[] size = SIZES.getOrDefault(kind, new double[] {120, 80});
      this.w = size[0];
      this.h = size[1];
    }

    /** Attributes in pairs (name, value), written in this order after the id and name. */
    El attrs(String... pairs) {
      for (int i = 0; i < pairs.length; i += 2) {
        attrs.put(pairs[i], pairs[i + 1]);
      }
      return this;
    }

    El body(String body) {
      this.body = body;
      return this;
    }

    El attached(String host) {
      this.attached = host;
      return this;
    }

    El size(double width, double height) {
      this.w = width;
      this.h = height;
      return this;
    }

    El triggeredByEvent() {
      this.triggered = true;
      return this;
    }

    /** Moves the element, just added, into a sub-process. */
    El in(El subProcess) {
      container.remove(this);
      subProcess.children.add(this);
      container = subProcess.children;
      return this;
    }

    double left() {
      return x - w / 2;
    }

    double top() {
      return y - h / 2;
    }
  }

  /** A sequence flow. */
  static final class Flow {
    final String id;
    final String source;
    final String target;
    String name;
    String condition;
    List<Point> waypoints;
    private List<Flow> container;

    Flow(String id, String source, String target) {
      this.id = id;
      this.source = source;
      this.target = target;
    }

    Flow named(String name) {
      this.name = name;
      return this;
    }

    Flow when(String condition) {
      this.condition = condition;
      return this;
    }

    Flow via(Point... points) {
      this.waypoints = List.of(points);
      return this;
    }

    /** Moves the flow, just added, into a sub-process. */
    Flow in(El subProcess) {
      container.remove(this);
      subProcess.flows.add(this);
      container = subProcess.flows;
      return this;
    }
  }

  /** One process with its diagram. */
  static final class Model {
    final String processId;
    final String name;
    final boolean startable;
    final String ttl = "P1825D";
    final String doc;
    final String extraDefs;
    final List<El> elements = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final Map<String, El> index = new HashMap<>();

    Model(String processId, String name, boolean startable, String doc, String extraDefs) {
      this.processId = processId;
      this.name = name;
      this.startable = startable;
      this.doc = doc;
      this.extraDefs = extraDefs == null ? "" : extraDefs;
    }

    El add(El el) {
      elements.add(el);
      el.container = elements;
      index.put(el.id, el);
      return el;
    }

    El element(String id) {
      return index.get(id);
    }

    Flow flow(String id, String source, String target) {
      Flow f = new Flow(id, source, target);
      flows.add(f);
      f.container = flows;
      index.get(source).outgoing.add(id);
      index.get(target).incoming.add(id);
      return f;
    }

    // ---------- XML ----------

    private String elementXml(El el, int indent) {
      String p = " ".repeat(indent);
      String attrs = el.attrs.entrySet().stream().map(a -> " " + a.getKey() + "=" + quoteAttr(a.getValue()))
          .collect(Collectors.joining());
      String name = present(el.name) ? " name=" + quoteAttr(el.name) : "";
      List<String> out = new ArrayList<>();
      if (el.kind.equals("subProcess")) {
        String triggered = el.triggered ? " triggeredByEvent=\"true\"" : "";
        out.add(p + "<bpmn:subProcess id=\"" + el.id + "\"" + name + triggered + attrs + ">");
        el.incoming.forEach(i -> out.add(p + "  <bpmn:incoming>" + i + "</bpmn:incoming>"));
        el.outgoing.forEach(o -> out.add(p + "  <bpmn:outgoing>" + o + "</bpmn:outgoing>"));
        if (present(el.body)) {
          out.add(indented(el.body, p + "  "));
        }
        el.children.forEach(c -> out.add(elementXml(c, indent + 2)));
        el.flows.forEach(f -> out.add(flowXml(f, indent + 2)));
        out.add(p + "</bpmn:subProcess>");
        return String.join("\n", out);
      }
      String attached = el.attached != null ? " attachedToRef=\"" + el.attached + "\"" : "";
      out.add(p + "<bpmn:" + el.kind + " id=\"" + el.id + "\"" + name + attached + attrs + ">");
      String body = el.body == null ? "" : el.body;
      String extension = "";
      String end = "</bpmn:extensionElements>";
      if (body.contains(end)) {
        int cut = body.indexOf(end) + end.length();
        extension = body.substring(0, cut);
        body = body.substring(cut);
      }
      if (!extension.isEmpty()) {
        out.add(indented(extension, p + "  "));
      }
      el.incoming.forEach(i -> out.add(p + "  <bpmn:incoming>" + i + "</bpmn:incoming>"));
      el.outgoing.forEach(o -> out.add(p + "  <bpmn:outgoing>" + o + "</bpmn:outgoing>"));
      if (!body.isBlank()) {
        out.add(indented(body, p + "  "));
      }
      out.add(p + "</bpmn:" + el.kind + ">");
      return String.join("\n", out);
    }

    private String flowXml(Flow f, int indent) {
      String p = " ".repeat(indent);
      String name = present(f.name) ? " name=" + quoteAttr(f.name) : "";
      String start = p + "<bpmn:sequenceFlow id=\"" + f.id + "\"" + name + " sourceRef=\"" + f.source
          + "\" targetRef=\"" + f.target + "\"";
      if (present(f.condition)) {
        return start + ">\n"
            + p + "  <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + escape(f.condition)
            + "</bpmn:conditionExpression>\n"
            + p + "</bpmn:sequenceFlow>";
      }
      return start + " />";
    }

    /** Every element, each sub-process followed by its children. */
    private List<El> allElements(List<El> els, List<El> into) {
      for (El el : els) {
        into.add(el);
        if (el.kind.equals("subProcess")) {
          allElements(el.children, into);
        }
      }
      return into;
    }

    private List<Flow> everyFlow() {
      List<Flow> all = new ArrayList<>(flows);
      walkFlows(elements, all);
      return all;
    }

    private void walkFlows(List<El> els, List<Flow> into) {
      for (El el : els) {
        if (el.kind.equals("subProcess")) {
          into.addAll(el.flows);
          walkFlows(el.children, into);
        }
      }
    }

    List<Point> waypoints(Flow f) {
      if (f.waypoints != null && !f.waypoints.isEmpty()) {
        return f.waypoints;
      }
      El s = index.get(f.source);
      El t = index.get(f.target);
      if (s.kind.equals("boundaryEvent")) {
        double sx = s.x;
        double sy = s.y + s.h / 2;
        if (Math.abs(t.x - s.x) < 1) {
          return List.of(at(sx, sy), at(t.x, t.top()));
        }
        return List.of(at(sx, sy), at(sx, t.y), at(t.left(), t.y));
      }
      double sx = s.x + s.w / 2;
      double sy = s.y;
      if (Math.abs(s.y - t.y) < 1) {
        if (t.x > s.x) {
          return List.of(at(sx, sy), at(t.left(), t.y));
        }
        // back loop over the top
        double top = Math.min(s.top(), t.top()) - 30;
        return List.of(at(s.x, s.top()), at(s.x, top), at(t.x, top), at(t.x, t.top()));
      }
      if (t.x > s.x) {
        if (s.kind.endsWith("Gateway")) {
          return List.of(at(s.x, s.y + (t.y > s.y ? s.h / 2 : -s.h / 2)), at(s.x, t.y), at(t.left(), t.y));
        }
        double midx = (sx + t.left()) / 2;
        return List.of(at(sx, sy), at(midx, sy), at(midx, t.y), at(t.left(), t.y));
      }
      // target to the left: go down/up then left, enter from below/above
      if (t.y > s.y) {
        return List.of(at(s.x, s.y + s.h / 2), at(s.x, t.y), at(t.x + t.w / 2, t.y));
      }
      return List.of(at(s.x, s.top()), at(s.x, t.y + t.h / 2 + 20), at(t.x, t.y + t.h / 2 + 20),
          at(t.x, t.y + t.h / 2));
    }

    private String di() {
      List<String> out = new ArrayList<>();
      for (El el : allElements(elements, new ArrayList<>())) {
        String extra = "";
        if (el.kind.equals("subProcess")) {
          extra = " isExpanded=\"true\"";
        }
        if (el.kind.equals("exclusiveGateway")) {
          extra = " isMarkerVisible=\"true\"";
        }
        String label = "";
        if (present(el.name) && LABELLED.contains(el.kind)) {
          double lw = 140;
          label = "\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x=\"" + n(el.x - lw / 2) + "\" y=\""
              + n(el.y + el.h / 2 + 4) + "\" width=\"140\" height=\"40\" />\n        </bpmndi:BPMNLabel>";
        }
        out.add("      <bpmndi:BPMNShape id=\"" + el.id + "_di\" bpmnElement=\"" + el.id + "\"" + extra + ">\n"
            + "        <dc:Bounds x=\"" + n(el.left()) + "\" y=\"" + n(el.top()) + "\" width=\"" + n(el.w)
            + "\" height=\"" + n(el.h) + "\" />" + label + "\n      </bpmndi:BPMNShape>");
      }
      for (Flow f : everyFlow()) {
        List<Point> points = waypoints(f);
        String pts = points.stream().map(pt -> "\n        <di:waypoint x=\"" + n(pt.x()) + "\" y=\"" + n(pt.y())
            + "\" />").collect(Collectors.joining());
        String label = "";
        if (present(f.name)) {
          Point first = points.get(0);
          label = "\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x=\"" + n(first.x() + 6) + "\" y=\""
              + n(first.y() - 30) + "\" width=\"130\" height=\"28\" />\n        </bpmndi:BPMNLabel>";
        }
        out.add("      <bpmndi:BPMNEdge id=\"" + f.id + "_di\" bpmnElement=\"" + f.id + "\">" + pts + label
            + "\n      </bpmndi:BPMNEdge>");
      }
      return String.join("\n", out);
    }

    /** The model's file text. */
    String xml() {
      List<String> body = new ArrayList<>();
      elements.forEach(el -> body.add(elementXml(el, 4)));
      flows.forEach(f -> body.add(flowXml(f, 4)));
      String docXml = present(doc) ? "\n    <bpmn:documentation>" + escape(doc) + "</bpmn:documentation>" : "";
      String ids = processId.replace('-', '_');
      String defs = extraDefs.strip().lines().map(line -> "  " + line + "\n").collect(Collectors.joining());
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n"
          + "                  xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\"\n"
          + "                  xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"\n"
          + "                  xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\"\n"
          + "                  xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\"\n"
          + "                  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          + "                  id=\"Definitions_" + ids + "\"\n"
          + "                  targetNamespace=\"https://qyzmet.kz/bpmn\"\n"
          + "                  exporter=\"Qyzmet\" exporterVersion=\"1\">\n"
          + defs
          + "  <bpmn:process id=\"" + processId + "\" name=" + quoteAttr(name)
          + " isExecutable=\"true\" camunda:historyTimeToLive=\"" + ttl + "\" camunda:isStartableInTasklist=\""
          + startable + "\">" + docXml + "\n"
          + String.join("\n", body) + "\n"
          + "  </bpmn:process>\n"
          + "  <bpmndi:BPMNDiagram id=\"BPMNDiagram_" + ids + "\">\n"
          + "    <bpmndi:BPMNPlane id=\"BPMNPlane_" + ids + "\" bpmnElement=\"" + processId + "\">\n"
          + di() + "\n"
          + "    </bpmndi:BPMNPlane>\n"
          + "  </bpmndi:BPMNDiagram>\n"
          + "</bpmn:definitions>\n";
    }
  }

  // ---------- text ----------

  private static boolean present(String s) {
    return s != null && !s.isEmpty();
  }

  /** Each line of the text, without its leading and trailing line breaks, with the prefix. */
  private static String indented(String text, String prefix) {
    return stripNewlines(text).lines().map(line -> prefix + line).collect(Collectors.joining("\n"));
  }

  private static String stripNewlines(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '\n') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '\n') {
      to--;
    }
    return s.substring(from, to);
  }

  /** A coordinate as a whole number, a half rounded to even. */
  static String n(double v) {
    String text = new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    return v < 0 && text.equals("0") ? "-0" : text;
  }

  /** Character data: {@code & < >} escaped. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;");
  }

  /**
   * An attribute value with its quotes: double quotes, or single ones when the value holds a double
   * quote and no single one (a value with both gets {@code &quot;}).
   */
  static String quoteAttr(String value) {
    String s = escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    if (s.contains("\"")) {
      if (s.contains("'")) {
        return "\"" + s.replace("\"", "&quot;") + "\"";
      }
      return "'" + s + "'";
    }
    return "\"" + s + "\"";
  }

  // ---------- bodies ----------

  static String ext(String... items) {
    return ext(List.of(items));
  }

  static String ext(List<String> items) {
    return "<bpmn:extensionElements>\n" + items.stream().map(i -> "  " + i).collect(Collectors.joining("\n"))
        + "\n</bpmn:extensionElements>";
  }

  /** A call activity's variable mappings: the business key, the inputs by name or expression, the outputs. */
  static List<String> mapping(List<String> ins, List<String> outs, boolean businessKey, List<String[]> inExpressions) {
    List<String> lines = new ArrayList<>();
    if (businessKey) {
      lines.add("<camunda:in businessKey=\"#{execution.processBusinessKey}\" />");
    }
    ins.forEach(v -> lines.add("<camunda:in source=\"" + v + "\" target=\"" + v + "\" />"));
    inExpressions.forEach(e -> lines.add("<camunda:in sourceExpression=" + quoteAttr(e[1]) + " target=\"" + e[0]
        + "\" />"));
    outs.forEach(v -> lines.add("<camunda:out source=\"" + v + "\" target=\"" + v + "\" />"));
    return lines;
  }

  static List<String> mapping(List<String> ins, List<String> outs) {
    return mapping(ins, outs, true, List.of());
  }

  static String listener(String event, String expression) {
    return "<camunda:executionListener expression=" + quoteAttr(expression) + " event=\"" + event + "\" />";
  }

  static String delegateListener(String event, String delegateExpression) {
    return "<camunda:executionListener delegateExpression=" + quoteAttr(delegateExpression) + " event=\"" + event
        + "\" />";
  }

  static String taskListener(String event, String delegateExpression) {
    return "<camunda:taskListener delegateExpression=" + quoteAttr(delegateExpression) + " event=\"" + event
        + "\" />";
  }

  static String taskExpressionListener(String event, String expression) {
    return "<camunda:taskListener expression=" + quoteAttr(expression) + " event=\"" + event + "\" />";
  }

  /** The task listener that gives every user task its screen texts. */
  static String taskPresentation() {
    return taskListener("create", "${taskPresentation}");
  }

  static String timerDate(String expression, String id) {
    return "<bpmn:timerEventDefinition id=\"TimerEventDefinition_" + id + "\">\n"
        + "  <bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">" + escape(expression) + "</bpmn:timeDate>\n"
        + "</bpmn:timerEventDefinition>";
  }
}
