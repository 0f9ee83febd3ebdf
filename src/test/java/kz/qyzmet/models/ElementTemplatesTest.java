package kz.qyzmet.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.qyzmet.browser.NodeBrowserScripts;
import kz.qyzmet.models.ElementTemplates.Mappings;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The element templates in {@code .camunda/element-templates} are those {@link ElementTemplates}
 * writes from the models, every call of a block in the models is the call its template makes, and
 * Camunda Modeler's own validator accepts them. After a change of the models, write them again with
 * {@code ./mvnw -q -o test -Dtest=ElementTemplatesTest -Dqyzmet.templates.write=true}.
 */
class ElementTemplatesTest {

  @Test
  void everyBlockHasItsTemplate_asWrittenFromTheModels() throws IOException {
    boolean write = Boolean.getBoolean("qyzmet.templates.write");
    Map<String, Mappings> calls = ElementTemplates.callActivities();
    Map<String, Process> blocks = ElementTemplates.blocks();
    assertThat(blocks.keySet()).containsExactly("common-document-request", "common-intake", "common-result-delivery",
        "common-statutory-review", "complaint-review");
    List<String> differing = new ArrayList<>();
    if (write) {
      Files.createDirectories(ElementTemplates.DIRECTORY);
    }
    for (Process block : blocks.values()) {
      Mappings calling = calls.values().stream().filter(m -> m.calledElement().equals(block.getId())).findFirst()
          .orElseThrow();
      String expected = ElementTemplates.template(block, calling);
      Path file = ElementTemplates.file(block.getId());
      if (write) {
        Files.writeString(file, expected, StandardCharsets.UTF_8);
      } else if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(expected)) {
        differing.add(file.toString());
      }
    }
    assertThat(differing).as("element templates that differ from the models; write them again with "
        + "-Dqyzmet.templates.write=true").isEmpty();
  }

  @Test
  void everyCallOfABlockInTheModelsMapsExactlyWhatItsTemplateMaps() throws IOException {
    Map<String, Mappings> calls = ElementTemplates.callActivities();
    assertThat(calls).hasSizeGreaterThanOrEqualTo(90);
    Map<String, List<String>> differing = new TreeMap<>();
    for (Map.Entry<String, Mappings> call : calls.entrySet()) {
      Mappings template = fromTemplate(ElementTemplates.file(call.getValue().calledElement()));
      if (!template.equals(call.getValue())) {
        differing.computeIfAbsent(call.getValue().calledElement(), k -> new ArrayList<>()).add(call.getKey());
      }
    }
    assertThat(differing).as("call activities whose mappings are not their block's template's").isEmpty();
  }

  @Test
  void camundaModelersValidatorAcceptsEveryTemplate() throws IOException {
    NodeBrowserScripts scripts = NodeBrowserScripts.prepare("src/test/models", "element templates' validation");
    Path log = NodeBrowserScripts.buildDirectory().resolve("models").resolve("element-templates.log");
    int exit = scripts.run("element-templates.js", Map.of("QYZMET_TEMPLATES",
        ElementTemplates.DIRECTORY.toAbsolutePath().toString()), log, 2);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("templates=5 valid=5");
  }

  /** The mappings a call activity gets from a template file, read back as the model would hold them. */
  static Mappings fromTemplate(Path file) throws IOException {
    var template = ElementTemplates.JSON.readTree(file.toFile());
    String calledElement = null;
    String binding = null;
    String businessKey = null;
    List<Map<String, String>> in = new ArrayList<>();
    List<Map<String, String>> out = new ArrayList<>();
    for (var property : template.get("properties")) {
      var b = property.get("binding");
      String value = property.get("value").asText();
      switch (b.get("type").asText()) {
        case "property" -> {
          if (b.get("name").asText().equals("calledElement")) {
            calledElement = value;
          } else {
            binding = value;
          }
        }
        case "camunda:in:businessKey" -> businessKey = value;
        case "camunda:in" -> in.add(Map.of(b.path("expression").asBoolean() ? "sourceExpression" : "source", value,
            "target", b.get("target").asText()));
        case "camunda:out" -> out.add(Map.of("source", b.get("source").asText(), "target", value));
        default -> throw new IllegalStateException("unexpected binding " + b);
      }
    }
    return new Mappings(calledElement, binding, businessKey, in, out);
  }

  static String names(List<Map<String, String>> mappings) {
    return mappings.stream().map(m -> m.get("source") + "->" + m.get("target")).collect(Collectors.joining(","));
  }
}
