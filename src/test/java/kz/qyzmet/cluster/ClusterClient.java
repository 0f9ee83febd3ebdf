package kz.qyzmet.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import kz.qyzmet.intake.IinNumber;

/** What an external system does over real HTTP: submit applications, read them, complete tasks. */
final class ClusterClient {

  static final String SUBMITTER = "integration.client";
  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";
  /** Standard 25 at the provider: a 30-minute term, so a deadline can be made to fall due now. */
  static final int STANDARD = 25;
  static final Duration TERM = Duration.ofMinutes(30);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> IINS = validIins();

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "cluster-test-http");
        thread.setDaemon(true);
        return thread;
      }))
      .build();

  /** One HTTP exchange as the client saw it; status -1 when no answer came (refused, reset, timed out). */
  record Call(String node, String externalId, int status, String body, String contentType, String retryAfter,
      String replay, String answeredBy, long sentAtMillis, long latencyMillis, String error) {

    boolean ok() {
      return status == 200 || status == 201;
    }

    String applicationId() {
      try {
        return ok() ? JSON.readTree(body).path("id").asText(null) : null;
      } catch (IOException e) {
        return null;
      }
    }
  }

  /** Submits an application whose deadline falls due at {@code due} (it was handed in {@link #TERM} before). */
  Call submit(NodeProcess node, String externalId, int number, Instant due) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("standard", STANDARD);
    body.put("channel", "provider");
    body.put("applicant", Map.of("iin", IINS.get(number % IINS.size()), "fullName", "Кластер Сынақ"));
    body.put("documents", List.of("identity_document"));
    body.put("submittedAt", due.minus(TERM).atOffset(ZoneOffset.UTC).toString());
    body.put("externalId", externalId);
    return post(node, "/api/v1/applications", SUBMITTER, write(body), externalId);
  }

  Call post(NodeProcess node, String path, String user, String json, String externalId) {
    HttpRequest request = request(node, path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return send(node, request, externalId);
  }

  Call get(NodeProcess node, String path, String user) {
    return send(node, request(node, path, user).GET().build(), null);
  }

  private HttpRequest.Builder request(NodeProcess node, String path, String user) {
    String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", "Basic " + token);
  }

  private Call send(NodeProcess node, HttpRequest request, String externalId) {
    long sentAt = System.currentTimeMillis();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Call(node.id, externalId, response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(null),
          response.headers().firstValue("Idempotent-Replay").orElse(null),
          response.headers().firstValue("Qyzmet-Node").orElse(null),
          sentAt, (System.nanoTime() - start) / 1_000_000, null);
    } catch (IOException e) {
      return new Call(node.id, externalId, -1, "", "", null, null, null, sentAt, (System.nanoTime() - start) / 1_000_000,
          e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** IINs of people born on 12 March 1985 whose control digit exists. */
  private static List<String> validIins() {
    List<String> iins = new ArrayList<>();
    for (int serial = 0; serial < 10_000 && iins.size() < 2_000; serial++) {
      String first11 = "8503123" + String.format("%04d", serial);
      Integer control = IinNumber.controlDigit(first11 + "0");
      if (control != null) {
        iins.add(first11 + control);
      }
    }
    return iins;
  }
}
