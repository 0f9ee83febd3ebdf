package kz.qyzmet.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small BPMN 2.0 writer with diagram data, for the models {@link Models} generates. Elements are
 * placed by their centre (x, y) on a grid that the diagram stretches; flows get orthogonal waypoints
 * unless a model gives its own; every external label is put where it covers least. The text it
 * writes is stable (attribute order, indentation, whole-number coordinates), so that the committed
 * models can be compared with it byte for byte.
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

  /** The grid of Blocks and Spines stretched for the diagram, so that tasks of TASK_WIDTH fit. */
  private static final double SCALE_X = 1.4;
  private static final double SCALE_Y = 1.3;
  private static final List<String> TASK_KINDS = List.of("userTask", "serviceTask", "callActivity", "sendTask",
      "receiveTask", "businessRuleTask");
  private static final double TASK_WIDTH = 150;
  private static final double TASK_HEIGHT = 110;
  // External labels as bpmn-js draws them: 11 px Arial, lines of 1.2 em. CHAR_WIDTH is an upper bound
  // of a Cyrillic letter's width in Arial and in DejaVu Sans (Linux's stand-in for Arial), so that the
  // label's bounds hold the drawn text.
  private static final double LABEL_LINE = 13.2;
  private static final double CHAR_WIDTH = 7.4;
  private static final double LABEL_ROOM = 12;
  private static final double EVENT_LABEL_WIDTH = 120;
  private static final double NARROW_LABEL_WIDTH = 84;
  private static final double NARROWEST_LABEL_WIDTH = 60;
  private static final double FLOW_LABEL_WIDTH = 110;

  /** Element kinds whose name is drawn as a label beside the shape. */
  private static final List<String> LABELLED = List.of("startEvent", "endEvent", "boundaryEvent",
      "exclusiveGateway", "parallelGateway", "intermediateThrowEvent", "intermediateCatchEvent", "eventBasedGateway");

  private ModelWriter() {}

  /** A point of a flow's path. */
  record Point(double x, double y) {}

  static Point at(double x, double y) {
    return new Point(x, y);
  }

  /** A rectangle by its centre and size. */
  static final class Box {
    final double x;
    final double y;
    final double w;
    final double h;

    Box(double x, double y, double w, double h) {
      this.x = x;
      this.y = y;
      this.w = w;
      this.h = h;
    }

    static Box of(double left, double top, double w, double h) {
      return new Box(left + w / 2, top + h / 2, w, h);
    }

    double left() {
      return x - w / 2;
    }

    double right() {
      return x + w / 2;
    }

    double top() {
      return y - h / 2;
    }

    double bottom() {
      return y + h / 2;
    }

    /** The area this box shares with another grown by gap. */
    double overlap(Box o, double gap) {
      double dx = Math.min(right(), o.right() + gap) - Math.max(left(), o.left() - gap);
      double dy = Math.min(bottom(), o.bottom() + gap) - Math.max(top(), o.top() - gap);
      return dx > 0 && dy > 0 ? dx * dy : 0;
    }

    /** Whether the axis-parallel segment p-q passes through this box grown by gap. */
    boolean crossed(Point p, Point q, double gap) {
      return Math.min(p.x(), q.x()) < right() + gap && Math.max(p.x(), q.x()) > left() - gap
          && Math.min(p.y(), q.y()) < bottom() + gap && Math.max(p.y(), q.y()) > top() - gap;
    }
  }

  /**
   * Waypoints whose first and last points lie on the edges of the source and target boxes, keeping
   * the first and last segments horizontal or vertical.
   */
  static List<Point> snap(List<Point> waypoints, Box source, Box target) {
    List<Point> pts = new ArrayList<>(waypoints);
    pts.set(0, onEdge(pts.get(0), pts.get(1), source));
    pts.set(pts.size() - 1, onEdge(pts.get(pts.size() - 1), pts.get(pts.size() - 2), target));
    return pts;
  }

  private static Point onEdge(Point end, Point next, Box box) {
    if (Math.abs(end.y() - next.y()) < 1 && Math.abs(end.x() - next.x()) >= 1) { // horizontal: left or right edge
      return at(next.x() > box.x ? box.right() : box.left(), end.y());
    }
    return at(end.x(), next.y() > box.y ? box.bottom() : box.top());
  }

  /**
   * The lines of text wrapped at width (less the room of labelSize) as bpmn-js wraps them, each letter
   * at most CHAR_WIDTH wide.
   */
  static List<String> textLines(String text, double width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.split(" ", -1)) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && candidate.length() * CHAR_WIDTH + LABEL_ROOM > width) {
        lines.add(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.add(line);
    return lines;
  }

  /**
   * Width and height of a label wrapped at width; LABEL_ROOM more in width so that bpmn-js, which wraps
   * at the label's width, never breaks a word whose letters are wider than the average.
   */
  static double[] labelSize(String text, double width) {
    List<String> lines = textLines(text, width);
    int longest = lines.stream().mapToInt(String::length).max().orElse(0);
    return new double[] {longest * CHAR_WIDTH + LABEL_ROOM, lines.size() * LABEL_LINE + 4};
  }

  private static String labelXml(Box box) {
    if (box == null) {
      return "";
    }
    return "\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x=\"" + n(box.left()) + "\" y=\"" + n(box.top())
        + "\" width=\"" + n(box.w) + "\" height=\"" + n(box.h) + "\" />\n        </bpmndi:BPMNLabel>";
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

    // ---------- diagram ----------
    // Blocks and Spines place elements on a grid of centres; the diagram stretches that grid by SCALE
    // so that tasks big enough for a Kazakh and a Russian name fit between them. Events and gateways
    // keep their size; explicit waypoints are stretched and their ends put back on the shapes.

    private Map<String, Box> geo;
    private Map<String, List<Point>> points;
    private Map<String, Box> labelBoxes;

    /** Centres and sizes of every element in the diagram, the flows' waypoints and the labels. */
    private void layout() {
      geo = new HashMap<>();
      for (El el : allElements(elements, new ArrayList<>())) {
        double w = el.w;
        double h = el.h;
        if (el.kind.equals("subProcess")) {
          w = el.w * SCALE_X;
          h = el.h * SCALE_Y;
        } else if (TASK_KINDS.contains(el.kind)) {
          w = el.w / 120 * TASK_WIDTH;
          h = el.h / 80 * TASK_HEIGHT;
        }
        geo.put(el.id, new Box(el.x * SCALE_X, el.y * SCALE_Y, w, h));
      }
      for (El el : allElements(elements, new ArrayList<>())) {
        if (el.kind.equals("boundaryEvent")) {
          Box host = geo.get(el.attached);
          El old = index.get(el.attached);
          Box b = geo.get(el.id);
          // on the same edge of the grown host, within it
          double x = Math.min(Math.max(b.x, host.left() + b.w / 2), host.right() - b.w / 2);
          double y = el.y >= old.y ? host.bottom() : host.top();
          geo.put(el.id, new Box(x, y, b.w, b.h));
        }
      }
      points = new LinkedHashMap<>();
      for (Flow f : everyFlow()) {
        points.put(f.id, route(f));
      }
      labelBoxes = placeLabels();
    }

    private List<Point> route(Flow f) {
      Box s = geo.get(f.source);
      Box t = geo.get(f.target);
      if (f.waypoints != null && !f.waypoints.isEmpty()) {
        List<Point> pts = new ArrayList<>();
        f.waypoints.forEach(p -> pts.add(at(p.x() * SCALE_X, p.y() * SCALE_Y)));
        return snap(pts, s, t);
      }
      El source = index.get(f.source);
      if (source.kind.equals("boundaryEvent")) {
        boolean down = s.y >= geo.get(source.attached).y;
        double sy = down ? s.bottom() : s.top();
        if (Math.abs(t.x - s.x) < 1) {
          return List.of(at(s.x, sy), at(t.x, !down ? t.bottom() : t.top()));
        }
        return List.of(at(s.x, sy), at(s.x, t.y), at(t.x > s.x ? t.left() : t.right(), t.y));
      }
      if (Math.abs(s.y - t.y) < 1) {
        if (t.x > s.x) {
          return List.of(at(s.right(), s.y), at(t.left(), t.y));
        }
        // back loop over the top
        double top = Math.min(s.top(), t.top()) - 30;
        return List.of(at(s.x, s.top()), at(s.x, top), at(t.x, top), at(t.x, t.top()));
      }
      if (Math.abs(s.x - t.x) < 1) {
        return t.y > s.y ? List.of(at(s.x, s.bottom()), at(t.x, t.top()))
            : List.of(at(s.x, s.top()), at(t.x, t.bottom()));
      }
      if (t.x > s.x) {
        if (source.kind.endsWith("Gateway")) {
          return List.of(at(s.x, t.y > s.y ? s.bottom() : s.top()), at(s.x, t.y), at(t.left(), t.y));
        }
        double midx = (s.right() + t.left()) / 2;
        return List.of(at(s.right(), s.y), at(midx, s.y), at(midx, t.y), at(t.left(), t.y));
      }
      // target to the left: go down/up then left, enter from below/above
      if (t.y > s.y) {
        return List.of(at(s.x, s.bottom()), at(s.x, t.y), at(t.right(), t.y));
      }
      return List.of(at(s.x, s.top()), at(s.x, t.bottom() + 20), at(t.x, t.bottom() + 20), at(t.x, t.bottom()));
    }

    /** A segment of a flow (or of a sub-process's border, owner null) that a label should not cross. */
    private record Segment(String owner, Point p, Point q) {}

    /**
     * Puts every external label beside its flow or element, where it covers no shape, no flow and no
     * other label: the first free place of a list of candidates (for a flow: along its first segments;
     * for an element: below, above, beside), else the one that covers least. Flows first: they have
     * fewer places.
     */
    private Map<String, Box> placeLabels() {
      List<Box> shapes = new ArrayList<>();
      List<Segment> borders = new ArrayList<>();
      for (El el : allElements(elements, new ArrayList<>())) {
        Box b = geo.get(el.id);
        if (el.kind.equals("subProcess")) {
          shapes.add(Box.of(b.left(), b.top(), b.w, 24)); // its title strip
          borders.add(new Segment(null, at(b.left(), b.top()), at(b.right(), b.top())));
          borders.add(new Segment(null, at(b.left(), b.bottom()), at(b.right(), b.bottom())));
          borders.add(new Segment(null, at(b.left(), b.top()), at(b.left(), b.bottom())));
          borders.add(new Segment(null, at(b.right(), b.top()), at(b.right(), b.bottom())));
        } else {
          shapes.add(b);
        }
      }
      List<Segment> segments = new ArrayList<>();
      for (Flow f : everyFlow()) {
        List<Point> pts = points.get(f.id);
        for (int i = 0; i + 1 < pts.size(); i++) {
          segments.add(new Segment(f.id, pts.get(i), pts.get(i + 1)));
        }
      }
      segments.addAll(borders);
      Map<String, Box> placed = new LinkedHashMap<>();

      for (Flow f : everyFlow()) {
        if (!present(f.name)) {
          continue;
        }
        List<Point> pts = points.get(f.id);
        List<Point[]> firstTwo = new ArrayList<>();
        for (int i = 0; i + 1 < pts.size() && i < 2; i++) {
          firstTwo.add(new Point[] {pts.get(i), pts.get(i + 1)});
        }
        // horizontal segments first: a vertical one often leaves a gateway with other flows; then
        // narrower, taller labels where wide ones do not fit (a stable sort)
        List<Point[]> ordered = new ArrayList<>();
        firstTwo.stream().filter(seg -> !(Math.abs(seg[0].y() - seg[1].y()) >= 1)).forEach(ordered::add);
        firstTwo.stream().filter(seg -> Math.abs(seg[0].y() - seg[1].y()) >= 1).forEach(ordered::add);
        List<Box> candidates = new ArrayList<>();
        for (Point[] seg : ordered) {
          double x1 = seg[0].x();
          double y1 = seg[0].y();
          double x2 = seg[1].x();
          double y2 = seg[1].y();
          for (double wrap : new double[] {FLOW_LABEL_WIDTH, NARROW_LABEL_WIDTH, NARROWEST_LABEL_WIDTH}) {
            double[] size = labelSize(f.name, wrap);
            double w = size[0];
            double h = size[1];
            if (Math.abs(y1 - y2) < 1) { // horizontal: above or below, from its start, then its middle
              for (double x : new double[] {x2 > x1 ? x1 + 6 : x1 - 6 - w, (x1 + x2) / 2 - w / 2}) {
                candidates.add(Box.of(x, y1 - 3 - h, w, h));
                candidates.add(Box.of(x, y1 + 3, w, h));
              }
            } else { // vertical: right or left, from its start, then its middle
              for (double y : new double[] {y2 > y1 ? y1 + 6 : y1 - 6 - h, (y1 + y2) / 2 - h / 2}) {
                candidates.add(Box.of(x1 + 5, y, w, h));
                candidates.add(Box.of(x1 - 5 - w, y, w, h));
              }
            }
          }
        }
        choose(processId, f.id, candidates, shapes, segments, placed);
      }
      for (El el : allElements(elements, new ArrayList<>())) {
        if (!present(el.name) || !LABELLED.contains(el.kind)) {
          continue;
        }
        Box b = geo.get(el.id);
        double g = 4;
        List<Box> candidates = new ArrayList<>();
        // narrower, taller labels where wide ones do not fit
        for (double wrap : new double[] {EVENT_LABEL_WIDTH, NARROW_LABEL_WIDTH, NARROWEST_LABEL_WIDTH}) {
          double[] size = labelSize(el.name, wrap);
          double w = size[0];
          double h = size[1];
          candidates.add(Box.of(b.x - w / 2, b.bottom() + g, w, h)); // below
          candidates.add(Box.of(b.x - w / 2, b.top() - g - h, w, h)); // above
          candidates.add(Box.of(b.right() + g, b.bottom() + g - 8, w, h)); // below right
          candidates.add(Box.of(b.left() - g - w, b.bottom() + g - 8, w, h)); // below left
          candidates.add(Box.of(b.right() + g, b.top() - g - h + 8, w, h)); // above right
          candidates.add(Box.of(b.left() - g - w, b.top() - g - h + 8, w, h)); // above left
          candidates.add(Box.of(b.right() + g, b.y - h / 2, w, h)); // right
          candidates.add(Box.of(b.left() - g - w, b.y - h / 2, w, h)); // left
          candidates.add(Box.of(b.right() + g, b.bottom() + g, w, h)); // below right, clear of neighbours
          candidates.add(Box.of(b.left() - g - w, b.bottom() + g, w, h)); // below left, clear of neighbours
        }
        choose(processId, el.id, candidates, shapes, segments, placed);
      }
      return placed;
    }

    /** The candidate that covers least (the first of equals); when each covers something, says so. */
    private void choose(String processId, String owner, List<Box> candidates, List<Box> shapes,
        List<Segment> segments, Map<String, Box> placed) {
      Box best = null;
      double bestCost = 0;
      for (Box candidate : candidates) {
        double cost = cost(candidate, owner, shapes, segments, placed);
        if (best == null || cost < bestCost) {
          best = candidate;
          bestCost = cost;
        }
      }
      if (bestCost != 0) {
        System.err.println(processId + ": no free place for the label of " + owner);
      }
      placed.put(owner, best);
    }

    private double cost(Box box, String owner, List<Box> shapes, List<Segment> segments,
        Map<String, Box> placed) {
      double c = 0;
      for (Box shape : shapes) {
        c += box.overlap(shape, 3);
      }
      double labels = 0;
      for (Box other : placed.values()) {
        labels += box.overlap(other, 3);
      }
      c += labels * 2;
      int crossings = 0;
      for (Segment segment : segments) {
        if (!owner.equals(segment.owner()) && box.crossed(segment.p(), segment.q(), 2)) {
          crossings += 400;
        }
      }
      c += crossings;
      if (box.left() < 0 || box.top() < 0) {
        c += 10000;
      }
      El el = index.get(owner);
      if (el != null && el.kind.equals("boundaryEvent")) {
        c += box.overlap(geo.get(el.attached), 3); // a boundary event's label outside its host, even a sub-process
      }
      return c;
    }

    private String di() {
      layout();
      List<String> out = new ArrayList<>();
      for (El el : allElements(elements, new ArrayList<>())) {
        String extra = "";
        if (el.kind.equals("subProcess")) {
          extra = " isExpanded=\"true\"";
        }
        if (el.kind.equals("exclusiveGateway")) {
          extra = " isMarkerVisible=\"true\"";
        }
        Box b = geo.get(el.id);
        out.add("      <bpmndi:BPMNShape id=\"" + el.id + "_di\" bpmnElement=\"" + el.id + "\"" + extra + ">\n"
            + "        <dc:Bounds x=\"" + n(b.left()) + "\" y=\"" + n(b.top()) + "\" width=\"" + n(b.w)
            + "\" height=\"" + n(b.h) + "\" />" + labelXml(labelBoxes.get(el.id)) + "\n      </bpmndi:BPMNShape>");
      }
      for (Flow f : everyFlow()) {
        String pts = points.get(f.id).stream().map(pt -> "\n        <di:waypoint x=\"" + n(pt.x()) + "\" y=\""
            + n(pt.y()) + "\" />").collect(Collectors.joining());
        out.add("      <bpmndi:BPMNEdge id=\"" + f.id + "_di\" bpmnElement=\"" + f.id + "\">" + pts
            + labelXml(labelBoxes.get(f.id)) + "\n      </bpmndi:BPMNEdge>");
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

  /** A coordinate in whole pixels, halves rounded up. */
  static String n(double v) {
    return Long.toString((long) Math.floor(v + 0.5));
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
