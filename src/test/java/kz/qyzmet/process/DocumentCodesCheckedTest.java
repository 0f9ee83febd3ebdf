package kz.qyzmet.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The document codes a worker types into a task form are checked when the task is completed over
 * the REST API Tasklist calls: a wrong entry is a 400 in Kazakh and Russian words, without the
 * engine's wording or a pattern, and the task stays open; a right one completes it.
 */
@QyzmetIntegrationTest
class DocumentCodesCheckedTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void wrongCodesToRequestOrReceive_areRefusedInWords_andTheTaskStays() throws Exception {
    HttpClientForTests http = new HttpClientForTests(port);
    String application = runtimeService.startProcessInstanceByKey("s02-basic-pension-payment-assignment", Map.of(
        "channel", "ztmo", "applicantIin", TestIins.random(), "applicantName", "Кодова Айгүл",
        "documentsSubmitted", "application,identity_document,residence_registration_proof,bank_account_details"))
        .getBusinessKey();
    Task review = task(application, "UserTask_ReviewApplication");

    JsonNode refused = refused(http.post("/engine-rest/task/" + review.getId() + "/submit-form", "demo", "demo",
        form("request-documents", "requestedDocuments", "disability certificate")));
    assertThat(refused.path("message").asText()).isEqualTo("Тапсырма аяқталмады / Задача не завершена: "
        + "Құжат кодтары «disability certificate» қате жазылған: кодтар үтір арқылы, бос орынсыз жазылады (әріптер, "
        + "сандар, _ және -) / Коды документов «disability certificate» записаны неверно: коды пишутся через "
        + "запятую, без пробелов (буквы, цифры, _ и -)");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();

    HttpResponse<String> requested = http.post("/engine-rest/task/" + review.getId() + "/submit-form", "demo", "demo",
        form("request-documents", "requestedDocuments", "disability_certificate"));
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(204);

    Task receive = task(application, "UserTask_ReceiveDocuments");
    refused(http.post("/engine-rest/task/" + receive.getId() + "/submit-form", "demo", "demo",
        "{\"variables\": {\"documentsDelivered\": {\"value\": \"disability_certificate; photo\"}}}"));
    assertThat(taskService.createTaskQuery().taskId(receive.getId()).count()).isOne();
    HttpResponse<String> received = http.post("/engine-rest/task/" + receive.getId() + "/submit-form", "demo", "demo",
        "{\"variables\": {\"documentsDelivered\": {\"value\": \"disability_certificate\"}}}");
    assertThat(received.statusCode()).as(received.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(task(application, "UserTask_ReviewApplication").getExecutionId(),
        "documentsDelivered")).isEqualTo("disability_certificate");
  }

  private Task task(String application, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(application).taskDefinitionKey(key).singleResult();
  }

  private static String form(String decision, String field, String value) {
    return "{\"variables\": {\"decision\": {\"value\": \"" + decision + "\"}, \"" + field + "\": {\"value\": \"" + value
        + "\"}}}";
  }

  private static JsonNode refused(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("message").asText()).startsWith("Тапсырма аяқталмады / Задача не завершена: ")
        .doesNotContain("Cannot submit", "pattern", "documentsDelivered", "requestedDocuments");
    return problem;
  }
}
