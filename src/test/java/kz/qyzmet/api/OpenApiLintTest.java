package kz.qyzmet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.browser.NodeBrowserScripts;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the application serves, linted by a standard linter: Redocly CLI (pinned in
 * src/test/openapi/package.json) with the rules of src/test/openapi/redocly.yaml, where every
 * warning counts as an error. The document is written to {build directory}/openapi.json, the lint's
 * report to {build directory}/openapi-lint.log. Needs Node.js 20.19+ and npm (.ci/browser.sh
 * installs them; outside CI the test skips without them).
 */
@QyzmetIntegrationTest
class OpenApiLintTest extends ApiTestSupport {

  static final String FOLDER = "src/test/openapi";

  @Test
  void theDocumentPassesRedoclysRecommendedRules() throws Exception {
    NodeBrowserScripts lint = NodeBrowserScripts.prepare(FOLDER, "OpenAPI lint (OpenApiLintTest)", false);
    HttpResponse<String> response = api.http.get(OpenApiExamplesTest.DOCUMENT, null, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Path document = NodeBrowserScripts.buildDirectory().resolve("openapi.json");
    Files.writeString(document, response.body(), StandardCharsets.UTF_8);
    Path config = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath()
        .resolve(FOLDER).resolve("redocly.yaml");
    Path log = NodeBrowserScripts.buildDirectory().resolve("openapi-lint.log");

    int exit = lint.run("lint.js", Map.of("OPENAPI_DOCUMENT", document.toString(), "REDOCLY_CONFIG",
        config.toString()), log, 3);

    String report = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println("openapi-lint exit=" + exit + "\n" + NodeBrowserScripts.tail(log));
    assertThat(exit).as("Redocly CLI's lint of " + document + ":\n" + report).isZero();
    assertThat(report).as("the lint ran on the document").contains("openapi.json");
  }
}
