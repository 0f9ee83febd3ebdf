package kz.qyzmet.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import kz.qyzmet.tasklist.ScreenTexts;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The conventions every model in processes/ and dmn/ keeps, so that Modeler and Cockpit draw them,
 * Tasklist shows them sensibly and no standard drifts from the shared blocks.
 */
class ModelConventionsTest {

  /**
   * User tasks the decree gives a schedule rather than a term, and so no due date: standard 13's
   * compensation, paid by ZTMO "on the payment schedule broken down by regions" (p. 4(1)).
   */
  static final Set<String> SCHEDULED_NOT_TERMED = Set.of("UserTask_PayCompensation");

  private static final Pattern ELEMENT_ID = Pattern.compile(
      "(StartEvent|EndEvent|IntermediateThrowEvent|IntermediateCatchEvent|BoundaryEvent|UserTask|ServiceTask"
          + "|SendTask|ReceiveTask|BusinessRuleTask|ScriptTask|CallActivity|SubProcess|Gateway|Flow)_[A-Z][A-Za-z0-9]*");
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** The engine stores names in columns of 255 characters. */
  private static final int MAX_NAME = 255;

  static List<Path> files(String folder, String extension) {
    try (Stream<Path> walk = Files.walk(Path.of(folder))) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thereAreModelsToCheck() {
    assertThat(files("processes", ".bpmn")).extracting(p -> p.getFileName().toString())
        .contains("common-intake.bpmn", "common-statutory-review.bpmn", "common-document-request.bpmn",
            "common-result-delivery.bpmn", "complaint-review.bpmn");
    assertThat(files("dmn", ".dmn")).isNotEmpty();
  }

  @Test
  void fileNamesAreUniqueAcrossFolders() {
    // Inside the jar the folder is dropped from a deployed resource's name.
    Set<String> seen = new HashSet<>();
    for (Path file : Stream.of(files("processes", ""), files("dmn", "")).flatMap(List::stream)
        .filter(Files::isRegularFile).toList()) {
      assertThat(seen.add(file.getFileName().toString())).as("duplicate file name %s", file).isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyProcessKeepsTheConventions() {
    return files("processes", ".bpmn").stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> check(file)));
  }

  private void check(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Bpmn.validateModel(model);
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    assertThat(processes).as("one process per file").hasSize(1);
    Process process = processes.iterator().next();
    String fileName = file.getFileName().toString().replace(".bpmn", "");
    assertThat(process.getId()).as("process id is the file name").isEqualTo(fileName).matches(KEBAB);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
    assertThat(process.getName()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_NAME);
    if (file.getParent().endsWith("common")) {
      assertThat(process.isCamundaStartableInTasklist()).as("a shared block is not started on its own").isFalse();
    }

    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

    List<String> problems = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String id = node.getId();
      if (!ELEMENT_ID.matcher(id).matches()) {
        problems.add(id + ": id is not Type_PascalCase");
      }
      if (node.getName() == null || node.getName().isBlank()) {
        problems.add(id + ": has no name");
      }
      if (!drawn.contains(id)) {
        problems.add(id + ": has no diagram shape");
      }
      if (node instanceof UserTask task) {
        if (task.getCamundaAssignee() != null) {
          problems.add(id + ": fixed assignee; use candidate groups");
        }
        if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
          problems.add(id + ": no candidate groups");
        }
        if (task.getCamundaDueDate() == null && !SCHEDULED_NOT_TERMED.contains(id)) {
          problems.add(id + ": no due date");
        }
        if (task.getCamundaFormRef() == null || !"deployment".equals(task.getCamundaFormRefBinding())) {
          problems.add(id + ": form not bound by camunda:formRef with binding deployment");
        }
        if (task.getCamundaFormKey() != null) {
          problems.add(id + ": uses formKey; use formRef");
        }
      }
      if (node instanceof ServiceTask task && task.getCamundaClass() != null) {
        problems.add(id + ": service task by class; use delegateExpression or expression");
      }
      if (node instanceof CallActivity call) {
        if (!"deployment".equals(call.getCamundaCalledElementBinding())) {
          problems.add(id + ": calledElementBinding is not deployment");
        }
        var extensions = call.getExtensionElements();
        Collection<CamundaIn> ins = extensions == null ? List.of() : extensions.getChildElementsByType(CamundaIn.class);
        Collection<CamundaOut> outs = extensions == null ? List.of() : extensions.getChildElementsByType(CamundaOut.class);
        if (ins.isEmpty()) {
          problems.add(id + ": no explicit camunda:in mappings");
        }
        ins.stream().filter(in -> in.getCamundaVariables() != null)
            .forEach(in -> problems.add(id + ": camunda:in variables=\"all\""));
        outs.stream().filter(out -> out.getCamundaVariables() != null)
            .forEach(out -> problems.add(id + ": camunda:out variables=\"all\""));
      }
      if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && node.getOutgoing().size() > 1) {
        Gateway gateway = (Gateway) node;
        gateway.getOutgoing().stream().filter(f -> f.getName() == null || f.getName().isBlank())
            .forEach(f -> problems.add(f.getId() + ": leaves the split " + id + " without a name"));
      }
      if (node instanceof StartEvent start && start.getParentElement() == process
          && !file.getParent().endsWith("common") && process.isCamundaStartableInTasklist()
          && start.getCamundaFormRef() != null && !"deployment".equals(start.getCamundaFormRefBinding())) {
        problems.add(id + ": start form not bound by deployment");
      }
      if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() == null) {
        problems.add(id + ": boundary event attached to nothing");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.contains(flow.getId())) {
        problems.add(flow.getId() + ": has no diagram edge");
      }
      if (!ELEMENT_ID.matcher(flow.getId()).matches()) {
        problems.add(flow.getId() + ": id is not Flow_PascalCase");
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String name = element.getAttributeValue("name");
      if (name != null && name.length() > MAX_NAME) {
        problems.add(element.getId() + ": name longer than " + MAX_NAME);
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  /**
   * Cockpit and Tasklist show an element's one name: Kazakh, then Russian, no English. A standard's
   * process is "S08 · <nameKk> / <nameRu>" of its catalog entry, shortened to the engine's 255
   * characters when it is longer; while a standard has no nameRu yet its nameEn stands in (and is
   * let through here).
   */
  @TestFactory
  Stream<DynamicTest> everyNameOnScreenIsKazakhAndRussian() {
    return files("processes", ".bpmn").stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      List<String> problems = new ArrayList<>();
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (element.getName() != null) {
          check(element.getId(), element.getName(), problems);
        }
      }
      Map<String, Object> standard = standardOf(process.getId());
      if (standard == null) {
        check(process.getId(), process.getName(), problems);
      } else {
        String code = process.getId().substring(0, 3).toUpperCase();
        String kk = (String) standard.get("nameKk");
        String ru = (String) standard.getOrDefault("nameRu", standard.get("nameEn"));
        String full = code + " · " + kk + " / " + ru;
        if (full.length() <= MAX_NAME) {
          assertThat(process.getName()).isEqualTo(full);
        } else {
          assertThat(process.getName()).hasSizeLessThanOrEqualTo(MAX_NAME).startsWith(code + " · ")
              .contains(" / ").endsWith("…");
          String[] parts = process.getName().substring(6).split(" / ");
          assertThat(kk).startsWith(parts[0].replace("…", ""));
          assertThat(ru).startsWith(parts[1].replace("…", ""));
          assertThat(parts[1].length()).as("the shortened Russian part").isGreaterThanOrEqualTo(Math.min(ru.length(), 80));
        }
        if (standard.containsKey("nameRu")) {
          check(process.getId(), process.getName(), problems);
        }
      }
      assertThat(problems).as(file.toString()).isEmpty();
    }));
  }

  private static void check(String id, String name, List<String> problems) {
    try {
      ScreenTexts.assertKazakhAndRussian(name);
    } catch (AssertionError e) {
      problems.add(id + ": " + e.getMessage().strip());
    }
  }

  /** The catalog entry of a standard's process, or null for a shared block or the complaint review. */
  private static Map<String, Object> standardOf(String processKey) throws IOException {
    if (!processKey.matches("s\\d{2}-.*")) {
      return null;
    }
    Path yaml = Path.of("src/main/resources/standards", processKey.substring(0, 3) + ".yaml");
    return new Yaml().load(Files.readString(yaml));
  }

  @TestFactory
  Stream<DynamicTest> everyDecisionTableKeepsTheConventions() {
    return files("dmn", ".dmn").stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      Dmn.validateModel(model);
      String fileName = file.getFileName().toString().replace(".dmn", "");
      Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
      assertThat(decisions).extracting(Decision::getId).contains(fileName);
      for (Decision decision : decisions) {
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as("%s historyTimeToLive", decision.getId())
            .isNotBlank();
        assertThat(decision.getName()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_NAME);
        if (decision.getId().endsWith("-required-documents")) {
          DecisionTable table = (DecisionTable) decision.getExpression();
          assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
          assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
              .containsExactly("channel", "caseType", "flags");
        }
      }
    }));
  }
}
