package kz.qyzmet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.events.EventsProperties;
import kz.qyzmet.process.CodeList;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OpenAPI document ({@code /v3/api-docs}) is true (issue #21, item 5): every operation has a summary,
 * an id and a described tag, documents its errors as {@code application/problem+json} of the schema
 * {@code Problem}, and every request example in it is a request that succeeds. Each operation is
 * called as its documented caller would, with its examples (every one of them) and its parameters'
 * examples, and must answer a documented 2xx of the documented media type. Path parameters are
 * filled from earlier answers ({@link #SOURCES}, then "the id of the POST to the collection", then
 * the parameter's own example). Real problems are checked against the documented {@code Problem}.
 * docs/api.md says what a new operation must carry to pass.
 */
@QyzmetIntegrationTest
class OpenApiExamplesTest extends ApiTestSupport.JustBeforeNauryz {

  static final String DOCUMENT = "/v3/api-docs";
  static final String PROBLEM = "#/components/schemas/Problem";
  static final String PROBLEM_JSON = "application/problem+json";
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** An administrator (camunda-admin), for the operations only administrators may call. */
  static final String ADMIN = "demo";

  /**
   * Who calls an operation (method and path prefix; the first that matches): an operation is sent as
   * the integration client unless only other groups may call it.
   */
  static final List<Caller> CALLERS = List.of(
      new Caller(Set.of("GET"), "/api/v1/sla", "process.owner"),
      new Caller(Set.of("POST", "PUT", "PATCH", "DELETE"), "/api/v1/calendar/corrections", "process.owner"),
      new Caller(Set.of("GET", "POST"), "/api/v1/event-deliveries", ADMIN),
      new Caller(Set.of("POST"), "/api/v1/standards/", ADMIN));

  record Caller(Set<String> methods, String pathPrefix, String user) {}

  /**
   * Where a path parameter comes from when the rule "the {@code id} of the answer of the POST to the
   * collection" does not hold, by operation: an earlier operation's answer (its first example's), or a
   * set-up only the workers can make (a document request).
   */
  final Map<String, Function<JsonNode, String>> SOURCES = Map.of(
      "POST /api/v1/applications/{id}/documents", example -> awaitingDocuments(
          CodeList.format(texts(example.path("documents")))),
      "GET /api/v1/complaints/{id}", example -> answerOf("POST /api/v1/applications/{id}/complaints", "/id"),
      "POST /api/v1/calendar/corrections/{id}/revoke", example -> answerOf("POST /api/v1/calendar/corrections",
          "/correction/id"),
      "POST /api/v1/applications/{id}/document-request/notice", example -> portalApplicationAwaiting(
          anyDocumentOfStandard6()),
      "POST /api/v1/event-deliveries/{id}/replay", example -> parkedDelivery());

  static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** One operation of the document. */
  record Operation(String method, String path, JsonNode node) {

    String key() {
      return method + " " + path;
    }

    /** Operations without path parameters first, creating ones before reading ones, deleting ones last. */
    int order() {
      int rank = switch (method) {
        case "POST" -> 0;
        case "GET" -> 1;
        case "DELETE" -> 3;
        default -> 2;
      };
      return (path.contains("{") ? 10 : 0) + rank + (method.equals("DELETE") ? 100 : 0);
    }
  }

  JsonNode document;
  final Map<String, Operation> operations = new LinkedHashMap<>();
  /** The answer to the first example of each operation called so far. */
  final Map<String, JsonNode> answers = new LinkedHashMap<>();
  final Set<String> running = new HashSet<>();
  final List<String> calls = new ArrayList<>();
  final List<String> subscriptionsToDelete = new ArrayList<>();

  @Autowired EventsProperties events;

  @BeforeEach
  void readTheDocument() {
    HttpResponse<String> response = api.http.get(DOCUMENT, null, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    document = ApiClient.read(response.body());
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
      if (METHODS.contains(method.getKey())) {
        Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue());
        operations.put(operation.key(), operation);
      }
    }));
    assertThat(operations).as("operations of " + DOCUMENT).isNotEmpty();
  }

  @AfterEach
  void deleteTheExampleSubscriptions() {
    // The example's subscription is deleted by the delete example; should the test have stopped before,
    // it is deleted here, so that its callback gets no events of other tests. So is the one made to park
    // a delivery.
    JsonNode created = answers.get("POST /api/v1/subscriptions");
    if (created != null && !answers.containsKey("DELETE /api/v1/subscriptions/{id}")) {
      subscriptionsToDelete.add(created.path("id").asText());
    }
    subscriptionsToDelete.forEach(id -> api.http.send(api.http.request("/api/v1/subscriptions/" + id, ADMIN,
        ApiClient.PASSWORD).DELETE().build()));
  }

  @AfterEach
  void revokeTheExampleCorrection() {
    // The example's correction of the calendar is revoked by the revoke example; should the test have
    // stopped between the two, it is revoked here, so that no other test counts by it.
    JsonNode added = answers.get("POST /api/v1/calendar/corrections");
    if (added != null && !answers.containsKey("POST /api/v1/calendar/corrections/{id}/revoke")) {
      api.http.post("/api/v1/calendar/corrections/" + added.at("/correction/id").asText() + "/revoke", "demo",
          ApiClient.PASSWORD, "{\"reason\": \"OpenApiExamplesTest stopped before its revoke example\"}");
    }
  }

  @Test
  void everyOperationHasASummaryAnIdADescribedTagAndProblemsForErrors() {
    SoftAssertions softly = new SoftAssertions();
    Map<String, String> tags = new LinkedHashMap<>();
    document.path("tags").forEach(tag -> tags.put(tag.path("name").asText(), tag.path("description").asText()));
    tags.forEach((name, description) -> softly.assertThat(description).as("description of the tag " + name)
        .isNotBlank());
    softly.assertThat(List.copyOf(tags.keySet())).as("the tags, in the order of OpenApiConfiguration.TAG_ORDER")
        .isEqualTo(OpenApiConfiguration.TAG_ORDER);
    Set<String> operationIds = new HashSet<>();
    for (Operation operation : operations.values()) {
      String what = operation.key();
      JsonNode node = operation.node();
      softly.assertThat(node.path("summary").asText()).as(what + ": summary").isNotBlank();
      softly.assertThat(node.path("operationId").asText()).as(what + ": operationId").isNotBlank()
          .matches("[a-z][A-Za-z0-9]*");
      softly.assertThat(operationIds.add(node.path("operationId").asText())).as(what + ": a unique operationId")
          .isTrue();
      softly.assertThat(texts(node.path("tags"))).as(what + ": tags, each declared with a description")
          .isNotEmpty().allMatch(tags::containsKey);
      Set<String> codes = new TreeSet<>();
      node.path("responses").fieldNames().forEachRemaining(codes::add);
      softly.assertThat(codes).as(what + ": a documented success").anyMatch(code -> code.startsWith("2"));
      softly.assertThat(codes).as(what + ": the documented errors every operation may give")
          .contains("401", "406", "500");
      if (node.has("requestBody")) {
        softly.assertThat(codes).as(what + ": 400 and 415 for an operation with a body").contains("400", "415");
        softly.assertThat(requestExamples(operation)).as(what + ": request examples").isNotEmpty();
      }
      for (String code : codes) {
        if (code.startsWith("4") || code.startsWith("5")) {
          JsonNode content = resolve(node.path("responses").path(code)).path("content");
          softly.assertThat(texts(content.fieldNames())).as(what + " " + code + ": media types")
              .containsExactly(PROBLEM_JSON);
          softly.assertThat(content.path(PROBLEM_JSON).path("schema").path("$ref").asText())
              .as(what + " " + code + ": schema").isEqualTo(PROBLEM);
        }
      }
    }
    JsonNode problem = resolve(refNode(PROBLEM));
    softly.assertThat(texts(problem.path("required"))).as("Problem: required").containsExactlyInAnyOrder(
        "type", "title", "status");
    softly.assertThat(texts(problem.path("properties").fieldNames())).as("Problem: members").contains(
        "type", "title", "status", "detail", "instance", "correlationId", "field", "reason", "errors");
    softly.assertAll();
  }

  @Test
  void everyRequestExampleSucceedsAsDocumented() {
    List<Operation> ordered = new ArrayList<>(operations.values());
    ordered.sort(Comparator.comparingInt(Operation::order).thenComparing(Operation::path));
    for (Operation operation : ordered) {
      call(operation);
    }
    assertThat(answers.keySet()).as("every operation was called").containsExactlyInAnyOrderElementsOf(
        operations.keySet());
    System.out.println("openapi-examples operations=" + operations.size() + " calls=" + calls.size() + " "
        + String.join(", ", calls));

    // The examples did what they say: the PSC's package registered, the certificate delivered, the
    // complaint filed against the application, the correction revoked.
    JsonNode submitted = answers.get("POST /api/v1/applications");
    assertThat(submitted.path("status").asText()).isEqualTo("REGISTERED");
    assertThat(submitted.path("missingDocuments")).isEmpty();
    assertThat(answers.get("POST /api/v1/applications/{id}/documents").path("documentsDelivered").toString())
        .isEqualTo("[\"oralman_certificate\"]");
    assertThat(answers.get("POST /api/v1/applications/{id}/complaints").path("applicationId").asText())
        .isEqualTo(submitted.path("id").asText());
    assertThat(answers.get("POST /api/v1/calendar/corrections/{id}/revoke").at("/correction/revokedBy").asText())
        .isEqualTo("process.owner");
    // The search's parameters together find the application submitted; the scan is attached to it; the
    // portal's notice recorded; the parked delivery queued again; the subscription gone.
    assertThat(texts(answers.get("GET /api/v1/applications").path("items"), "id"))
        .contains(submitted.path("id").asText());
    JsonNode attached = answers.get("POST /api/v1/applications/{id}/files");
    assertThat(attached.path("applicationId").asText()).isEqualTo(submitted.path("id").asText());
    assertThat(attached.path("documentCode").asText()).isEqualTo("identity_document");
    assertThat(attached.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(answers.get("POST /api/v1/applications/{id}/document-request/notice").path("applicantNotifiedBy")
        .asText()).isEqualTo("egov-cabinet");
    assertThat(answers.get("POST /api/v1/event-deliveries/{id}/replay").path("status").asText()).isEqualTo("PENDING");
    String subscription = answers.get("POST /api/v1/subscriptions").path("id").asText();
    assertThat(api.get("/api/v1/subscriptions/" + subscription).statusCode()).as("the example's subscription deleted")
        .isEqualTo(404);
  }

  @Test
  void realProblemsHaveTheDocumentedShape() {
    // A fresh applicant whose IIN ends in a letter.
    String bad = ApiClient.application("psc", ApiClient.COMPLETE_PACKAGE).toString()
        .replaceFirst("\"iin\":\"(\\d{11})\\d\"", "\"iin\":\"$1x\"");
    Map<String, HttpResponse<String>> problems = new LinkedHashMap<>();
    problems.put("POST /api/v1/applications 400", api.post("/api/v1/applications", bad));
    problems.put("POST /api/v1/applications 403", api.post("/api/v1/applications", "department.head", bad));
    problems.put("GET /api/v1/applications/{id} 404", api.get("/api/v1/applications/S02-20260318-00000000"));
    problems.put("GET /api/v1/standards 401", api.http.get("/api/v1/standards", null, null));
    problems.put("GET /api/v1/standards 406", api.http.send(api.http.request("/api/v1/standards", ApiClient.CLIENT,
        ApiClient.PASSWORD).setHeader("Accept", "text/csv").GET().build()));
    problems.put("POST /api/v1/applications 415", api.http.send(api.http.request("/api/v1/applications",
        ApiClient.CLIENT, ApiClient.PASSWORD).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(bad)).build()));
    problems.put("GET /api/v1/calendar/add-working-days 400", api.get("/api/v1/calendar/add-working-days?days=5"));
    problems.put("GET /api/v1/sla 403", api.get("/api/v1/sla"));
    problems.put("GET /api/v1/sla/regions 403", api.get("/api/v1/sla/regions"));
    problems.put("GET /api/v1/applications 400", api.get("/api/v1/applications?sort=name"));
    problems.put("POST /api/v1/applications/{id}/files 404",
        api.post("/api/v1/applications/S02-20260318-00000000/files", "{}"));
    problems.put("POST /api/v1/applications/{id}/document-request/notice 404",
        api.post("/api/v1/applications/S02-20260318-00000000/document-request/notice", "{}"));
    problems.put("POST /api/v1/subscriptions 400", api.post("/api/v1/subscriptions", "{\"callbackUrl\": \"ftp://x\"}"));
    problems.put("GET /api/v1/subscriptions/{id} 404", api.get("/api/v1/subscriptions/none"));
    problems.put("GET /api/v1/event-deliveries/dead-letters 403", api.get("/api/v1/event-deliveries/dead-letters"));
    problems.put("POST /api/v1/event-deliveries/{id}/replay 404", api.post("/api/v1/event-deliveries/x/replay",
        ADMIN, "{}"));

    SoftAssertions softly = new SoftAssertions();
    JsonNode schema = resolve(refNode(PROBLEM));
    problems.forEach((what, response) -> {
      String[] parts = what.split(" ");
      Operation operation = operations.get(parts[0] + " " + parts[1]);
      softly.assertThat(operation).as(what + ": an operation of the document").isNotNull();
      softly.assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(Integer.parseInt(parts[2]));
      if (operation != null) {
        softly.assertThat(operation.node().path("responses").has(parts[2])).as(what + ": documented").isTrue();
      }
      softly.assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(PROBLEM_JSON);
      List<String> mismatches = new ArrayList<>();
      conforms(ApiClient.read(response.body()), schema, "problem", mismatches);
      softly.assertThat(mismatches).as(what + ": " + response.body()).isEmpty();
    });
    softly.assertAll();
  }

  // ---------------------------------------------------------------------------------------------

  /** Calls the operation with each of its request examples (or once, without a body), unless done. */
  private void call(Operation operation) {
    if (answers.containsKey(operation.key())) {
      return;
    }
    if (!running.add(operation.key())) {
      fail(operation.key() + " needs its own answer to fill its path: enter its source in OpenApiExamplesTest");
    }
    List<JsonNode> examples = requestExamples(operation);
    if (operation.node().has("requestBody") && examples.isEmpty()) {
      fail(operation.key() + " has a request body but no example of it: document one that succeeds against the demo");
    }
    JsonNode first = null;
    for (JsonNode example : examples.isEmpty() ? Collections.<JsonNode>singletonList(null) : examples) {
      JsonNode answer = send(operation, example);
      if (first == null) {
        first = answer;
      }
    }
    answers.put(operation.key(), first);
    running.remove(operation.key());
  }

  private JsonNode send(Operation operation, JsonNode example) {
    String user = caller(operation);
    String uri = uri(operation, example);
    JsonNode body = operation.node().path("requestBody").path("content");
    String mediaType = body.has("application/json") || body.isMissingNode() ? "application/json"
        : body.fieldNames().next();
    Set<String> successes = new TreeSet<>();
    Set<String> produced = new TreeSet<>();
    operation.node().path("responses").fields().forEachRemaining(response -> {
      if (response.getKey().startsWith("2")) {
        successes.add(response.getKey());
        resolve(response.getValue()).path("content").fieldNames().forEachRemaining(produced::add);
      }
    });
    HttpRequest.Builder request = api.http.request(uri, user, ApiClient.PASSWORD)
        .setHeader("Accept", String.join(", ", produced.isEmpty() ? Set.of("application/json") : produced) + ", "
            + PROBLEM_JSON);
    for (JsonNode parameter : operation.node().path("parameters")) {
      JsonNode value = parameterExample(parameter);
      if (parameter.path("in").asText().equals("header") && value != null) {
        request.setHeader(parameter.path("name").asText(), value.asText());
      }
    }
    if (example == null) {
      request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
    } else if (mediaType.startsWith("multipart/form-data")) {
      String boundary = "qyzmet-" + UUID.randomUUID();
      request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(
              multipart(example, body.path(mediaType), boundary)));
    } else {
      request.header("Content-Type", mediaType)
          .method(operation.method(), HttpRequest.BodyPublishers.ofString(example.toString()));
    }
    HttpResponse<String> response = api.http.send(request.build());
    String what = operation.key() + " as " + user + " (" + uri + (example == null ? "" : ", example " + example) + ")";
    calls.add(operation.method() + " " + uri + " " + response.statusCode());
    assertThat(String.valueOf(response.statusCode())).as(what + " answered " + response.body()
        + "; documented successes").isIn(successes);
    JsonNode documented = resolve(operation.node().path("responses").path(String.valueOf(response.statusCode())))
        .path("content");
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (documented.size() > 0) {
      assertThat(texts(documented.fieldNames())).as(what + ": the answer's media type " + contentType)
          .anyMatch(contentType::startsWith);
    }
    return contentType.contains("json") && !response.body().isBlank() ? ApiClient.read(response.body())
        : ApiClient.JSON.createObjectNode();
  }

  private String uri(Operation operation, JsonNode example) {
    Matcher matcher = PATH_PARAMETER.matcher(operation.path());
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(path, Matcher.quoteReplacement(
          URLEncoder.encode(pathValue(operation, matcher.group(1), example), StandardCharsets.UTF_8)));
    }
    matcher.appendTail(path);
    List<String> query = new ArrayList<>();
    for (JsonNode parameter : operation.node().path("parameters")) {
      JsonNode value = parameterExample(parameter);
      String in = parameter.path("in").asText();
      if (in.equals("path")) {
        continue;
      }
      if (value == null) {
        if (parameter.path("required").asBoolean()) {
          fail(operation.key() + ": the required " + in + " parameter " + parameter.path("name").asText()
              + " has no example");
        }
        continue;
      }
      if (in.equals("query")) {
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
          value.forEach(values::add);
        } else {
          values.add(value);
        }
        values.forEach(each -> query.add(URLEncoder.encode(parameter.path("name").asText(), StandardCharsets.UTF_8)
            + "=" + URLEncoder.encode(each.asText(), StandardCharsets.UTF_8)));
      }
    }
    return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
  }

  /** From {@link #SOURCES}, else the id answered by the POST to the collection, else the parameter's example. */
  private String pathValue(Operation operation, String name, JsonNode example) {
    Function<JsonNode, String> source = SOURCES.get(operation.key());
    if (source != null) {
      return source.apply(example);
    }
    String collection = operation.path().substring(0, operation.path().indexOf("/{" + name + "}"));
    // e.g. {id} of /api/v1/applications/{id}/receipt: POST /api/v1/applications; a nested collection
    // (/api/v1/applications/{id}/attachments/{attachmentId}) is answered for the same application.
    if (operations.containsKey("POST " + collection) && !operation.key().equals("POST " + collection)) {
      return answerOf("POST " + collection, "/id");
    }
    for (JsonNode parameter : operation.node().path("parameters")) {
      if (parameter.path("in").asText().equals("path") && parameter.path("name").asText().equals(name)) {
        JsonNode value = parameterExample(parameter);
        if (value != null) {
          return value.asText();
        }
      }
    }
    return fail(operation.key() + ": no value for the path parameter {" + name + "}: give it an example, or enter "
        + "its source in OpenApiExamplesTest.SOURCES");
  }

  /**
   * A delivery parked after its last attempt, as only the delivery worker makes one: a subscription
   * (deleted after the test) to a port nobody listens on, an application of standard 2, three quick
   * attempts instead of the defaults' 6.5 hours.
   */
  private String parkedDelivery() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpResponse<String> subscribed = api.post("/api/v1/subscriptions", "{\"callbackUrl\": \"http://localhost:" + port
        + "/nobody\", \"eventTypes\": [\"application.registered\"], \"standards\": [2], "
        + "\"ownSubmissionsOnly\": true}");
    assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
    String subscription = ApiClient.read(subscribed.body()).path("id").asText();
    subscriptionsToDelete.add(subscription);
    Duration initialBackoff = events.getInitialBackoff();
    Duration maxBackoff = events.getMaxBackoff();
    int maxAttempts = events.getMaxAttempts();
    try {
      events.setInitialBackoff(Duration.ofMillis(200));
      events.setMaxBackoff(Duration.ofMillis(400));
      events.setMaxAttempts(3);
      String application = api.submit(ApiClient.application("ztmo", ApiClient.COMPLETE_PACKAGE)).path("id").asText();
      Instant end = Instant.now().plusSeconds(30);
      while (Instant.now().isBefore(end)) {
        HttpResponse<String> parked = api.get("/api/v1/event-deliveries/dead-letters", ADMIN);
        assertThat(parked.statusCode()).as(parked.body()).isEqualTo(200);
        for (JsonNode delivery : ApiClient.read(parked.body())) {
          if (delivery.path("subscriptionId").asText().equals(subscription)
              && delivery.path("applicationId").asText().equals(application)) {
            return delivery.path("id").asText();
          }
        }
        Thread.sleep(100);
      }
      return fail("No delivery of " + application + " to a closed port was parked within 30 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      events.setInitialBackoff(initialBackoff);
      events.setMaxBackoff(maxBackoff);
      events.setMaxAttempts(maxAttempts);
    }
  }

  private String answerOf(String operationKey, String pointer) {
    Operation producer = operations.get(operationKey);
    assertThat(producer).as(operationKey + " (an answer another operation needs)").isNotNull();
    call(producer);
    JsonNode value = answers.get(operationKey).at(pointer);
    assertThat(value.isMissingNode()).as(operationKey + " answered no " + pointer + ": " + answers.get(operationKey))
        .isFalse();
    return value.asText();
  }

  private String caller(Operation operation) {
    return CALLERS.stream()
        .filter(c -> c.methods().contains(operation.method()) && operation.path().startsWith(c.pathPrefix()))
        .map(Caller::user).findFirst().orElse(ApiClient.CLIENT);
  }

  /** The examples of the request body: each of {@code examples} (resolved), or {@code example}. */
  private List<JsonNode> requestExamples(Operation operation) {
    List<JsonNode> examples = new ArrayList<>();
    JsonNode content = operation.node().path("requestBody").path("content");
    content.forEach(mediaType -> {
      mediaType.path("examples").forEach(example -> examples.add(asJson(resolve(example).path("value"))));
      if (mediaType.has("example")) {
        examples.add(asJson(mediaType.get("example")));
      }
    });
    return examples;
  }

  private static JsonNode parameterExample(JsonNode parameter) {
    if (parameter.has("example")) {
      return parameter.get("example");
    }
    if (parameter.path("examples").size() > 0) {
      return parameter.path("examples").elements().next().path("value");
    }
    return parameter.path("schema").has("example") ? parameter.path("schema").get("example") : null;
  }

  /** A value written as JSON text is read as JSON. */
  private static JsonNode asJson(JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText().trim();
      if (text.startsWith("{") || text.startsWith("[")) {
        return ApiClient.read(text);
      }
    }
    return value;
  }

  /**
   * A multipart body from an example object: one part per member; a member whose schema is binary is
   * a file (its {@code encoding}'s content type, the member's text as its bytes).
   */
  private byte[] multipart(JsonNode example, JsonNode mediaType, String boundary) {
    StringBuilder body = new StringBuilder();
    JsonNode properties = resolve(mediaType.path("schema")).path("properties");
    example.fields().forEachRemaining(member -> {
      String name = member.getKey();
      JsonNode schema = resolve(properties.path(name));
      boolean file = "binary".equals(schema.path("format").asText())
          || "binary".equals(schema.path("items").path("format").asText())
          || schema.has("contentMediaType");
      String partType = mediaType.path("encoding").path(name).path("contentType").asText(
          file ? "application/octet-stream" : "text/plain").split(",")[0].trim();
      body.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(name).append('"')
          .append(file ? "; filename=\"" + name + extension(partType) + "\"" : "").append("\r\n")
          .append("Content-Type: ").append(partType).append("\r\n\r\n")
          .append(member.getValue().isTextual() ? member.getValue().asText() : member.getValue().toString())
          .append("\r\n");
    });
    body.append("--").append(boundary).append("--\r\n");
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String extension(String contentType) {
    return switch (contentType) {
      case "application/pdf" -> ".pdf";
      case "image/jpeg" -> ".jpg";
      case "image/png" -> ".png";
      case "application/json" -> ".json";
      case "text/plain" -> ".txt";
      default -> ".bin";
    };
  }

  /** Whether a JSON value is of the schema: its type, its required members, and no member it does not declare. */
  private void conforms(JsonNode value, JsonNode schema, String where, List<String> mismatches) {
    schema = resolve(schema);
    Set<String> types = new TreeSet<>(texts(schema.path("type").isArray() ? schema.path("type")
        : ApiClient.array(schema.path("type").asText("object"))));
    boolean ok = types.stream().anyMatch(type -> switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "null" -> value.isNull();
      default -> value.isObject();
    });
    if (!ok) {
      mismatches.add(where + " is not of type " + types + ": " + value);
      return;
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        conforms(value.get(i), schema.path("items"), where + "[" + i + "]", mismatches);
      }
    } else if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      for (String required : texts(schema.path("required"))) {
        if (!value.has(required)) {
          mismatches.add(where + " lacks " + required);
        }
      }
      value.fields().forEachRemaining(member -> {
        if (!properties.has(member.getKey())) {
          mismatches.add(where + "." + member.getKey() + " is not documented");
        } else {
          conforms(member.getValue(), properties.get(member.getKey()), where + "." + member.getKey(), mismatches);
        }
      });
    }
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
      current = refNode(current.get("$ref").asText());
    }
    return current;
  }

  private JsonNode refNode(String ref) {
    assertThat(ref).as("a local reference").startsWith("#/");
    JsonNode target = document.at(ref.substring(1));
    assertThat(target.isMissingNode()).as(ref + " resolves").isFalse();
    return target;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  private static List<String> texts(Iterator<String> names) {
    List<String> texts = new ArrayList<>();
    names.forEachRemaining(texts::add);
    return texts;
  }
}
