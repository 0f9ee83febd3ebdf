package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A model that carries a script is refused, even from an administrator: no code runs on the server from a model. */
@QyzmetIntegrationTest
class NoScriptsInModelsTest {

  private static final String SCRIPT_MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          targetNamespace="http://qyzmet.kz/test" id="Definitions_Script">
        <process id="script-smuggler" isExecutable="true" camunda:historyTimeToLive="P1D">
          <startEvent id="start"/>
          <sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
          <scriptTask id="run" scriptFormat="javascript"><script>java.lang.Runtime.getRuntime().exec("id")</script></scriptTask>
          <sequenceFlow id="f2" sourceRef="run" targetRef="end"/>
          <endEvent id="end"/>
        </process>
      </definitions>
      """;

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  @Test
  void anAdministratorsDeploymentOfAScriptTaskIsRefusedAndNothingIsDeployed() {
    long deployments = repositoryService.createDeploymentQuery().count();
    String boundary = "qyzmet-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsmuggler\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"smuggler.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + SCRIPT_MODEL + "\r\n--" + boundary + "--\r\n";
    HttpClientForTests http = new HttpClientForTests(port);
    HttpResponse<String> response = http.send(http.request("/engine-rest/deployment/create", "demo", "demo")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("script-smuggler").count()).isZero();
  }
}
