package kz.qyzmet.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diagram data of every model (BPMNDI) is readable: no shape overlaps another (but a boundary
 * event its task and an element its sub-process), every element lies inside its sub-process, every
 * name drawn outside its element has a label placed by the model, clear of every shape, every other
 * label and every flow, and inside the diagram; flows are drawn with horizontal and vertical segments
 * from the edge of their source to the edge of their target. ModelRenderTest checks the same on what
 * bpmn-js draws.
 */
class ModelLayoutTest {

  /** Anti-aliasing: shapes that touch are not overlapping. */
  private static final double SLACK = 1;
  /** The strip at the top of an expanded sub-process where bpmn-js writes its name. */
  private static final double TITLE = 24;

  record Box(double x, double y, double width, double height) {
    static Box of(Bounds b) {
      return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    boolean overlaps(Box o) {
      return x + SLACK < o.x + o.width && o.x + SLACK < x + width && y + SLACK < o.y + o.height
          && o.y + SLACK < y + height;
    }

    boolean contains(Box o) {
      return o.x >= x - SLACK && o.y >= y - SLACK && o.x + o.width <= x + width + SLACK
          && o.y + o.height <= y + height + SLACK;
    }

    /** Whether the axis-parallel segment p-q passes through this box. */
    boolean crossedBy(double[] p, double[] q) {
      return Math.min(p[0], q[0]) < x + width - SLACK && Math.max(p[0], q[0]) > x + SLACK
          && Math.min(p[1], q[1]) < y + height - SLACK && Math.max(p[1], q[1]) > y + SLACK;
    }

    boolean onEdge(double[] p) {
      boolean withinX = p[0] >= x - SLACK && p[0] <= x + width + SLACK;
      boolean withinY = p[1] >= y - SLACK && p[1] <= y + height + SLACK;
      return withinX && withinY && (Math.abs(p[0] - x) <= SLACK || Math.abs(p[0] - x - width) <= SLACK
          || Math.abs(p[1] - y) <= SLACK || Math.abs(p[1] - y - height) <= SLACK);
    }
  }

  record Label(String owner, Box box) {
  }

  @TestFactory
  Stream<DynamicTest> everyDiagramIsReadable() {
    List<Path> models = ModelConventionsTest.files("processes", ".bpmn");
    assertThat(models).hasSizeGreaterThanOrEqualTo(35);
    return models.stream().map(file -> DynamicTest.dynamicTest(file.toString(),
        () -> assertThat(problems(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty()));
  }

  static List<String> problems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Map<String, Box> shapes = new HashMap<>();
    Map<String, BaseElement> elements = new HashMap<>();
    List<Label> labels = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      shapes.put(element.getId(), Box.of(shape.getBounds()));
      elements.put(element.getId(), element);
      if (shape.getBpmnLabel() != null) {
        labels.add(new Label(element.getId(), Box.of(shape.getBpmnLabel().getBounds())));
      } else if (!(element instanceof SubProcess) && element instanceof FlowNode node && node.getName() != null
          && !isTaskLike(node)) {
        problems.add(element.getId() + ": its name has no label placed (bpmn-js would put it below, wherever that is)");
      }
    }
    Map<String, List<double[]>> flows = new HashMap<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      String id = edge.getBpmnElement().getId();
      flows.put(id, edge.getWaypoints().stream().map(w -> new double[] {w.getX(), w.getY()}).toList());
      if (edge.getBpmnLabel() != null) {
        labels.add(new Label(id, Box.of(edge.getBpmnLabel().getBounds())));
      } else if (edge.getBpmnElement() instanceof SequenceFlow flow && flow.getName() != null) {
        problems.add(id + ": its name has no label placed");
      }
      checkFlow(edge, shapes, problems);
    }

    List<String> ids = new ArrayList<>(shapes.keySet());
    ids.sort(null);
    for (int i = 0; i < ids.size(); i++) {
      String a = ids.get(i);
      Box box = shapes.get(a);
      if (box.x() < 0 || box.y() < 0) {
        problems.add(a + ": outside the diagram (negative coordinates)");
      }
      String parent = subProcessOf(elements.get(a));
      if (parent != null && !shapes.get(parent).contains(box)) {
        problems.add(a + ": outside its sub-process " + parent);
      }
      for (int j = i + 1; j < ids.size(); j++) {
        String b = ids.get(j);
        if (!related(elements.get(a), elements.get(b)) && box.overlaps(shapes.get(b))) {
          problems.add(a + " overlaps " + b);
        }
      }
    }

    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      Box box = label.box();
      if (box.x() < 0 || box.y() < 0) {
        problems.add("the label of " + label.owner() + " is outside the diagram");
      }
      for (Map.Entry<String, Box> shape : shapes.entrySet()) {
        Box covered = elements.get(shape.getKey()) instanceof SubProcess
            ? new Box(shape.getValue().x(), shape.getValue().y(), shape.getValue().width(), TITLE) : shape.getValue();
        if (box.overlaps(covered)) {
          problems.add("the label of " + label.owner() + " overlaps " + shape.getKey());
        }
      }
      String parent = elements.containsKey(label.owner()) ? subProcessOf(elements.get(label.owner())) : null;
      if (parent != null && !shapes.get(parent).contains(box)) {
        problems.add("the label of " + label.owner() + " is outside its sub-process " + parent);
      }
      for (int j = i + 1; j < labels.size(); j++) {
        if (box.overlaps(labels.get(j).box())) {
          problems.add("the label of " + label.owner() + " overlaps the label of " + labels.get(j).owner());
        }
      }
      for (Map.Entry<String, List<double[]>> flow : flows.entrySet()) {
        List<double[]> points = flow.getValue();
        for (int k = 1; k < points.size(); k++) {
          if (!flow.getKey().equals(label.owner()) && box.crossedBy(points.get(k - 1), points.get(k))) {
            problems.add("the label of " + label.owner() + " is crossed by " + flow.getKey());
            break;
          }
        }
      }
    }
    return problems;
  }

  private static void checkFlow(BpmnEdge edge, Map<String, Box> shapes, List<String> problems) {
    if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
      return;
    }
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    String id = flow.getId();
    for (int k = 1; k < points.size(); k++) {
      Waypoint p = points.get(k - 1);
      Waypoint q = points.get(k);
      if (Math.abs(p.getX() - q.getX()) > SLACK && Math.abs(p.getY() - q.getY()) > SLACK) {
        problems.add(id + ": a slanted segment");
      }
    }
    double[] first = {points.get(0).getX(), points.get(0).getY()};
    double[] last = {points.get(points.size() - 1).getX(), points.get(points.size() - 1).getY()};
    if (!shapes.get(flow.getSource().getId()).onEdge(first)) {
      problems.add(id + ": does not start on the edge of " + flow.getSource().getId());
    }
    if (!shapes.get(flow.getTarget().getId()).onEdge(last)) {
      problems.add(id + ": does not end on the edge of " + flow.getTarget().getId());
    }
  }

  /** Tasks, call activities and sub-processes write their name inside. */
  private static boolean isTaskLike(FlowNode node) {
    return node instanceof org.camunda.bpm.model.bpmn.instance.Activity;
  }

  private static String subProcessOf(BaseElement element) {
    return element.getParentElement() instanceof SubProcess sub ? sub.getId() : null;
  }

  /** A boundary event and its task, an element and the sub-process it lies in. */
  private static boolean related(BaseElement a, BaseElement b) {
    return a instanceof BoundaryEvent e && e.getAttachedTo().equals(b)
        || b instanceof BoundaryEvent f && f.getAttachedTo().equals(a)
        || isInside(a, b) || isInside(b, a);
  }

  private static boolean isInside(BaseElement element, BaseElement container) {
    for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent.equals(container)) {
        return true;
      }
    }
    return false;
  }
}
