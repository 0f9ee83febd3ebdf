package kz.qyzmet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.intake.IinNumber;

/** The API as an external system calls it over HTTP, with JSON helpers and fresh applicants. */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "demo";
  static final String CLIENT = "integration.client";
  static final String COMPLETE_PACKAGE =
      "[\"application\",\"identity_document\",\"residence_registration_proof\",\"bank_account_details\"]";

  private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5000));

  final HttpClientForTests http;

  ApiClient(int port) {
    this.http = new HttpClientForTests(port);
  }

  HttpResponse<String> get(String path) {
    return http.get(path, CLIENT, PASSWORD);
  }

  HttpResponse<String> get(String path, String user) {
    return http.get(path, user, PASSWORD);
  }

  HttpResponse<String> post(String path, String json) {
    return http.post(path, CLIENT, PASSWORD, json);
  }

  HttpResponse<String> post(String path, String user, String json) {
    return http.post(path, user, PASSWORD, json);
  }

  HttpResponse<String> delete(String path) {
    return http.send(http.request(path, CLIENT, PASSWORD).DELETE().build());
  }

  /** A file attached to an application's case file (multipart/form-data). */
  HttpResponse<String> upload(String path, String user, kz.qyzmet.Multipart body) {
    return http.send(http.request(path, user, PASSWORD).header("Content-Type", body.contentType())
        .POST(body.publisher()).build());
  }

  /** A standard 2 application at a channel with the given documents (a JSON array). */
  static ObjectNode application(String channel, String documentsJson) {
    ObjectNode body = JSON.createObjectNode();
    body.put("standard", 2);
    body.put("channel", channel);
    ObjectNode applicant = body.putObject("applicant");
    applicant.put("iin", newIin());
    applicant.put("fullName", "Сапарова Айгүл Маратқызы");
    body.set("documents", read(documentsJson));
    return body;
  }

  /** A submitted application's JSON, asserting 201. */
  JsonNode submit(ObjectNode body) {
    HttpResponse<String> response = post("/api/v1/applications", body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body());
  }

  /** A valid IIN no other test uses: born 12 March 1985, a serial of its own. */
  static String newIin() {
    while (true) {
      String first = "8503123" + String.format("%04d", SERIAL.incrementAndGet() % 10000);
      Integer control = IinNumber.controlDigit(first + "0");
      if (control != null) {
        return first + control;
      }
    }
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }

  static ArrayNode array(String... values) {
    ArrayNode array = JSON.createArrayNode();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  /** Asserts a problem+json answer with the status and the field at fault; returns it. */
  static JsonNode problem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode problem = read(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    if (field != null) {
      assertThat(problem.path("field").asText()).as(response.body()).isEqualTo(field);
    }
    return problem;
  }
}
