package kz.qyzmet.models;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * Camunda Modeler element templates (Camunda 7 format) for calling each shared block: the called
 * element, its binding, the business key and every variable mapping, as the 30 spines call it. A
 * modeller who adds a process picks "Qyzmet: …" on a call activity and gets the block's mappings.
 * The templates are written from the committed models, so they follow the generator; Modeler finds
 * them in {@code .camunda/element-templates} of the project (it searches the diagram's folders).
 */
public final class ElementTemplates {

  public static final Path DIRECTORY = Path.of(".camunda", "element-templates");
  static final Path PROCESSES = Path.of("processes");
  static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema@0.22.1/resources/schema.json";
  static final ObjectMapper JSON = new ObjectMapper();

  private ElementTemplates() {}

  /** How a call activity passes the case to its block and takes it back. */
  public record Mappings(String calledElement, String binding, String businessKey, List<Map<String, String>> in,
      List<Map<String, String>> out) {}

  /** Every call activity of every model, by the file and activity that holds it. */
  public static Map<String, Mappings> callActivities() {
    Map<String, Mappings> found = new TreeMap<>();
    for (Path file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        found.put(file.getFileName() + "#" + call.getId(), mappings(call));
      }
    }
    return found;
  }

  static Mappings mappings(CallActivity call) {
    String businessKey = null;
    List<Map<String, String>> in = new ArrayList<>();
    List<Map<String, String>> out = new ArrayList<>();
    if (call.getExtensionElements() != null) {
      for (CamundaIn mapping : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
        if (mapping.getCamundaBusinessKey() != null) {
          businessKey = mapping.getCamundaBusinessKey();
        } else if (mapping.getCamundaSourceExpression() != null) {
          in.add(Map.of("sourceExpression", mapping.getCamundaSourceExpression(), "target", mapping.getCamundaTarget()));
        } else {
          in.add(Map.of("source", mapping.getCamundaSource(), "target", mapping.getCamundaTarget()));
        }
      }
      for (CamundaOut mapping : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
        out.add(Map.of("source", mapping.getCamundaSource(), "target", mapping.getCamundaTarget()));
      }
    }
    return new Mappings(call.getCalledElement(), call.getCamundaCalledElementBinding(), businessKey, in, out);
  }

  /** The block models (the processes that others call), by their process id. */
  public static Map<String, Process> blocks() {
    Map<String, Process> blocks = new TreeMap<>();
    List<String> called = callActivities().values().stream().map(Mappings::calledElement).distinct().toList();
    for (Path file : models()) {
      for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
        if (called.contains(process.getId())) {
          blocks.put(process.getId(), process);
        }
      }
    }
    return blocks;
  }

  /** The template's file for a block. */
  public static Path file(String block) {
    return DIRECTORY.resolve("qyzmet-" + block + ".json");
  }

  /** The template of a block, from the way the spines call it (they all call it alike: a test checks that). */
  public static String template(Process block, Mappings calling) {
    ObjectNode template = JSON.createObjectNode();
    template.put("$schema", SCHEMA);
    template.put("name", "Qyzmet: " + block.getName());
    template.put("id", "kz.qyzmet.block." + block.getId());
    template.put("version", 1);
    template.put("description", documentation(block));
    template.putArray("appliesTo").add("bpmn:CallActivity");
    ArrayNode groups = template.putArray("groups");
    group(groups, "block", "Блок / Block");
    group(groups, "inputs", "Блокқа берілетін айнымалылар / Переменные в блок (camunda:in)");
    group(groups, "outputs", "Блоктан қайтатын айнымалылар / Переменные из блока (camunda:out)");
    ArrayNode properties = template.putArray("properties");
    ObjectNode calledElement = hidden(properties, calling.calledElement(), "property", "calledElement");
    calledElement.put("group", "block");
    hidden(properties, calling.binding(), "property", "camunda:calledElementBinding").put("group", "block");
    if (calling.businessKey() != null) {
      ObjectNode key = properties.addObject();
      key.put("type", "Hidden");
      key.put("value", calling.businessKey());
      key.putObject("binding").put("type", "camunda:in:businessKey");
    }
    for (Map<String, String> in : calling.in()) {
      ObjectNode property = properties.addObject();
      property.put("label", in.get("target"));
      property.put("description", "Процестің айнымалысы → блоктың «" + in.get("target")
          + "» / переменная процесса → «" + in.get("target") + "» блока");
      property.put("group", "inputs");
      property.put("type", "String");
      boolean expression = in.containsKey("sourceExpression");
      property.put("value", expression ? in.get("sourceExpression") : in.get("source"));
      ObjectNode binding = property.putObject("binding").put("type", "camunda:in").put("target", in.get("target"));
      if (expression) {
        binding.put("expression", true);
      }
      property.putObject("constraints").put("notEmpty", true);
    }
    for (Map<String, String> out : calling.out()) {
      ObjectNode property = properties.addObject();
      property.put("label", out.get("source"));
      property.put("description", "Блоктың «" + out.get("source") + "» → процестің айнымалысы / «"
          + out.get("source") + "» блока → переменная процесса");
      property.put("group", "outputs");
      property.put("type", "String");
      property.put("value", out.get("target"));
      property.putObject("binding").put("type", "camunda:out").put("source", out.get("source"));
      property.putObject("constraints").put("notEmpty", true);
    }
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return JSON.writer(printer).writeValueAsString(template) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void group(ArrayNode groups, String id, String label) {
    groups.addObject().put("id", id).put("label", label);
  }

  private static ObjectNode hidden(ArrayNode properties, String value, String type, String name) {
    ObjectNode property = properties.addObject();
    property.put("type", "Hidden");
    property.put("value", value);
    property.putObject("binding").put("type", type).put("name", name);
    return property;
  }

  private static String documentation(Process block) {
    return block.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse(block.getName());
  }

  private static List<Path> models() {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
