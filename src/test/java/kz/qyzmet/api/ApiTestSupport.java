package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the API tests share: an {@link ApiClient} on the server's port, whether a process is
 * deployed, and the texts of a JSON array's elements. Tests that need the engine's clock fixed
 * extend {@link JustBeforeNauryz}.
 */
abstract class ApiTestSupport {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  /**
   * Ends the processes of these applications (their root instances still running), so that their open
   * tasks do not fill the workers' Tasklist filters that browser tests of the same context page through.
   */
  void endProcessesOf(java.util.Collection<String> applicationIds, String reason) {
    for (String id : applicationIds) {
      for (org.camunda.bpm.engine.runtime.ProcessInstance instance : runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(id).list()) {
        if (instance.getId().equals(instance.getRootProcessInstanceId())
            && runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
          runtimeService.deleteProcessInstance(instance.getId(), reason, true, true);
        }
      }
    }
  }

  boolean deployed(String processKey) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count() > 0;
  }

  /**
   * A ZTMO standard-2 application whose specialist asked, on Friday 20 March 11:00, for {@code requested}
   * documents: it waits in its document request (the engine's clock stays there).
   */
  String awaitingDocuments(String requested) {
    String id = api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).get("id").asText();
    ProcessScenario.clockAt("2026-03-20T11:00");
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("UserTask_ReviewApplication").singleResult().getId(),
        Map.of("decision", "request-documents", "requestedDocuments", requested));
    return id;
  }

  /**
   * A standard-6 application made on the portal (every document of its portal table) whose ZTMO
   * specialist asked, on Friday 20 March 11:00, for {@code requested}: it waits in its document request.
   */
  String portalApplicationAwaiting(String requested) {
    JsonNode table = read(api.get("/api/v1/standards/6/required-documents?channel=portal").body());
    List<String> codes = texts(table, "code");
    ObjectNode body = ApiClient.application("portal", ApiClient.JSON.valueToTree(codes).toString());
    body.put("standard", 6);
    String id = api.submit(body).get("id").asText();
    ProcessScenario.clockAt("2026-03-20T11:00");
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("UserTask_ReviewApplication").singleResult().getId(),
        Map.of("decision", "request-documents", "requestedDocuments", requested));
    return id;
  }

  /** The first document of standard 6's ZTMO table. */
  String anyDocumentOfStandard6() {
    return read(api.get("/api/v1/standards/6/required-documents?channel=ztmo").body())
        .get(0).get("code").asText();
  }

  /** The text of {@code field} in each element of a JSON array, in order. */
  static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.get(field).asText()));
    return texts;
  }

  /**
   * The engine's clock on Wednesday 18 March 2026 at 10:00 in Almaty, just before Nauryz (21-25
   * March off), set after the client and before the test's own set-up; reset after each test.
   */
  abstract static class JustBeforeNauryz extends ApiTestSupport {

    @BeforeEach
    void clockJustBeforeNauryz() {
      ProcessScenario.clockAt("2026-03-18T10:00");
    }

    @AfterEach
    void resetClock() {
      ProcessScenario.resetClock();
    }
  }
}
