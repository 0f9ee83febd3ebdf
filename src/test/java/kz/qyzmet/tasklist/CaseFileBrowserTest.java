package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.Multipart;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.browser.NodeBrowserScripts;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file in Tasklist, in headless Chromium (src/test/browser/case-files.js): the portal
 * attaches two scans to a ZTMO application over /api/v1; the ZTMO specialist, the review's
 * candidate, opens the review and reads the files by their documents' Kazakh and Russian names, and
 * the links fetch the very bytes sent (SHA-256 equal). Screenshot in
 * {@code <build directory>/browser-artifacts/case-files/} (docs/img/tasklist-case-files.png is one).
 */
@QyzmetIntegrationTest
class CaseFileBrowserTest {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  final ObjectMapper json = new ObjectMapper();
  String applicationId;

  @AfterEach
  void endTheProcess() {
    ProcessScenario.resetClock();
    if (applicationId != null) {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).list().stream()
          .filter(p -> p.getId().equals(p.getRootProcessInstanceId()))
          .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "case file browser test done", true, true));
    }
  }

  @Test
  void theCandidateReadsTheFilesByName_andDownloadsThem() throws Exception {
    NodeBrowserScripts browser = NodeBrowserScripts.prepare(NodeBrowserScripts.BROWSER_TESTS, "case file browser test");
    HttpClientForTests http = new HttpClientForTests(port);
    HttpResponse<String> submitted = http.post("/api/v1/applications", "integration.client", "demo",
        "{\"standard\": 2, \"channel\": \"ztmo\", \"applicant\": {\"iin\": \"" + TestIins.random("8503123")
            + "\", \"fullName\": \"Сапарова Айгүл Маратқызы\"}, \"documents\": [\"application\", "
            + "\"identity_document\", \"residence_registration_proof\", \"bank_account_details\"]}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    applicationId = json.readTree(submitted.body()).get("id").asText();
    for (Multipart file : new Multipart[] {
        new Multipart().field("documentCode", "identity_document")
            .file("file", "passport.pdf", "application/pdf", Multipart.Files.PDF),
        new Multipart().field("documentCode", "residence_registration_proof")
            .file("file", "address.png", "image/png", Multipart.Files.PNG)}) {
      HttpResponse<String> attached = http.send(http.request("/api/v1/applications/" + applicationId + "/files",
          "integration.client", "demo").header("Content-Type", file.contentType()).POST(file.publisher()).build());
      assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    }
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(applicationId)
        .taskDefinitionKey("UserTask_ReviewApplication").singleResult();

    Path artifacts = NodeBrowserScripts.artifactsDirectory("case-files");
    Files.createDirectories(artifacts);
    Files.deleteIfExists(artifacts.resolve("case-files-result.json"));
    Path log = artifacts.resolve("case-files.log");
    int exit = browser.run("case-files.js", Map.of(
        "QYZMET_BASE_URL", "http://localhost:" + port,
        "QYZMET_ARTIFACTS", artifacts.toString(),
        "QYZMET_TASK_ID", review.getId(),
        "QYZMET_CHROMIUM", NodeBrowserScripts.CHROMIUM.toString(),
        "QYZMET_LOCALE", "ru-RU"), log, 5);
    if (exit != 0) {
      fail("The case file script failed (exit " + exit + "); screenshots in " + artifacts + ":\n"
          + NodeBrowserScripts.tail(log));
    }
    JsonNode seen = json.readTree(artifacts.resolve("case-files-result.json").toFile());
    assertThat(seen.path("block").asText()).startsWith("Электрондық іс / Электронное дело")
        .contains("электрондық құжат / электронный документ", "сурет / изображение")
        .doesNotContain("identity_document", "passport.pdf", "integration.client");
    ScreenTexts.assertNoEnglish(seen.path("block").asText());
    JsonNode files = seen.path("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).path("text").asText()).startsWith("көрсетілетін қызметті алушының жеке басын")
        .contains(" / документ, удостоверяющий личность");
    assertThat(files.get(1).path("text").asText()).contains(" / документ, подтверждающий регистрацию");
    assertThat(files.get(0).path("status").asInt()).isEqualTo(200);
    assertThat(files.get(0).path("contentType").asText()).startsWith("application/pdf");
    assertThat(files.get(0).path("disposition").asText()).isEqualTo("attachment; filename=\"passport.pdf\"");
    assertThat(files.get(0).path("sha256").asText()).isEqualTo(sha256(Multipart.Files.PDF));
    assertThat(files.get(1).path("status").asInt()).isEqualTo(200);
    assertThat(files.get(1).path("sha256").asText()).isEqualTo(sha256(Multipart.Files.PNG));
    System.out.println("case-files-browser " + seen.toPrettyString());
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
