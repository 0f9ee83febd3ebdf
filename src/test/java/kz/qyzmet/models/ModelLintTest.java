package kz.qyzmet.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qyzmet.browser.NodeBrowserScripts;
import org.junit.jupiter.api.Test;

/**
 * Every committed model passes bpmnlint (pinned in src/test/models/package.json) with the rules of the
 * project's {@code .bpmnlintrc}: bpmnlint's recommended rules and Camunda 7.24's compatibility rules.
 * Any error or warning fails; the report goes to {build directory}/models/bpmnlint.log and into the
 * failure's message. Needs Node.js and npm (.ci/browser.sh installs them; outside CI the test skips
 * without them).
 */
class ModelLintTest {

  static final Path CONFIG = Path.of(".bpmnlintrc");

  @Test
  void everyModelPassesBpmnlintsRecommendedAndCamunda724Rules() throws IOException {
    NodeBrowserScripts scripts = NodeBrowserScripts.prepare("src/test/models", "model lint (ModelLintTest)", false);
    var models = ModelConventionsTest.files("processes", ".bpmn");
    assertThat(models).hasSizeGreaterThanOrEqualTo(35);
    Path log = NodeBrowserScripts.buildDirectory().resolve("models").resolve("bpmnlint.log");

    int exit = scripts.run("lint-models.js", Map.of(
        "QYZMET_BPMNLINTRC", CONFIG.toAbsolutePath().toString(),
        "QYZMET_MODELS", models.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n"))),
        log, 2);

    String report = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(report).as("bpmnlint ran on every model:\n" + report).contains("models=" + models.size() + " ");
    assertThat(exit).as("bpmnlint's report:\n" + report).isZero();
    assertThat(report).as(report).contains("problems=0");
  }

  @Test
  void theConfigurationExtendsTheRecommendedAndTheCamunda724Rules() throws IOException {
    var config = ElementTemplates.JSON.readTree(CONFIG.toFile());
    assertThat(config.get("extends")).extracting(n -> n.asText())
        .containsExactly("bpmnlint:recommended", "plugin:camunda-compat/camunda-platform-7-24");
    // The file is JSON, without comments: a rule switched off there has its reason under "reasons".
    config.path("rules").fields().forEachRemaining(rule -> assertThat(config.path("reasons").path(rule.getKey()).asText())
        .as("the reason why %s is %s in .bpmnlintrc", rule.getKey(), rule.getValue()).isNotBlank());
  }
}
