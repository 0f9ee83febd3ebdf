package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.process.ProcessScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed requests, at least fifty per family of endpoints, over real HTTP: every answer is a
 * 4xx problem ({@code application/problem+json}), none is a 5xx, and nothing is written (the rows
 * of every table a request could write are counted before and after the family). Prints one line
 * of figures per family, quoted in docs/security.md.
 */
@QyzmetIntegrationTest
class BadInputApiTest extends ApiTestSupport.JustBeforeNauryz {

  static final String JSON = "application/json";
  static final String LONG = "x".repeat(10_000);
  static final String[] TABLES = {"qz_application", "qz_breach", "qz_deadline_event", "qz_calendar_correction",
      "act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_event_subscr", "act_ru_job", "act_hi_procinst",
      "act_hi_actinst", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray", "qz_case_file",
      "qz_case_file_content", "qz_event", "qz_event_delivery", "qz_event_subscription"};

  @Autowired JdbcTemplate jdbc;

  /** One malformed request. */
  record Bad(String name, String method, String path, String contentType, String accept, String body) {}

  /** A family of malformed requests, made by one user. */
  static final class Family {
    final String name;
    final String user;
    final List<Bad> requests = new ArrayList<>();

    Family(String name, String user) {
      this.name = name;
      this.user = user;
    }

    Family post(String name, String path, String body) {
      requests.add(new Bad(name, "POST", path, JSON, null, body));
      return this;
    }

    Family get(String name, String path) {
      requests.add(new Bad(name, "GET", path, null, null, null));
      return this;
    }

    Family add(Bad bad) {
      requests.add(bad);
      return this;
    }
  }

  private Map<String, Integer> rows() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
    }
    return counts;
  }

  private HttpResponse<String> send(String user, Bad bad) {
    HttpRequest.Builder request = api.http.request(bad.path(), user, ApiClient.PASSWORD);
    if (bad.accept() != null) {
      request.setHeader("Accept", bad.accept());
    }
    if (bad.contentType() != null) {
      request.header("Content-Type", bad.contentType());
    }
    request.method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(bad.body()));
    return api.http.send(request.build());
  }

  /** Sends the family; asserts no 5xx, every answer a 4xx problem, no row written. */
  private void run(Family family) {
    assertThat(family.requests).as(family.name).hasSizeGreaterThanOrEqualTo(50);
    Map<String, Integer> before = rows();
    int clientErrors = 0;
    int serverErrors = 0;
    int refusedByContainer = 0;
    List<String> faults = new ArrayList<>();
    for (Bad bad : family.requests) {
      HttpResponse<String> response = send(family.user, bad);
      int status = response.statusCode();
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (status >= 500) {
        serverErrors++;
      } else if (status >= 400) {
        clientErrors++;
      }
      boolean problem = type.startsWith("application/problem+json");
      // Tomcat (%00, an encoded slash, a request line over 8 KB) and Spring Security's firewall (a
      // line break, "//") refuse some requests before any of our code runs: a 400 in their own format.
      boolean refusedBeforeUs = status == 400 && !problem
          && (type.startsWith("text/html") || response.body().contains("\"error\":\"Bad Request\""));
      if (refusedBeforeUs) {
        refusedByContainer++;
      }
      if (status < 400 || status >= 500 || (!problem && !refusedBeforeUs)) {
        faults.add(bad.name() + ": " + bad.method() + " " + abbreviate(bad.path()) + " -> " + status + " " + type
            + " " + abbreviate(response.body()));
      } else if (problem && !refusedBeforeUs) {
        String id = ApiClient.read(response.body()).path("correlationId").asText();
        if (id.isEmpty() || !response.headers().firstValue("X-Correlation-Id").orElse("").equals(id)) {
          faults.add(bad.name() + ": the problem does not carry the correlation id of the answer");
        }
      }
    }
    Map<String, Integer> after = rows();
    int writes = 0;
    for (String table : TABLES) {
      writes += Math.abs(after.get(table) - before.get(table));
    }
    System.out.printf("bad-input family=%s requests=%d 4xx=%d 5xx=%d writes=%d (refused before the app: %d)%n",
        family.name, family.requests.size(), clientErrors, serverErrors, writes, refusedByContainer);
    assertThat(faults).as(family.name + ": requests answered otherwise than with a 4xx problem").isEmpty();
    assertThat(after).as(family.name + ": rows written by malformed requests").isEqualTo(before);
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }

  // ---- what every JSON body endpoint must refuse ----

  private static void bodies(Family f, String path) {
    f.post("empty body", path, "")
        .post("blank body", path, "   ")
        .post("null", path, "null")
        .post("array", path, "[]")
        .post("array of object", path, "[{}]")
        .post("string", path, "\"text\"")
        .post("number", path, "42")
        .post("boolean", path, "true")
        .post("truncated", path, "{")
        .post("truncated after key", path, "{\"a\":")
        .post("not json", path, "not json")
        .post("html", path, "<html><body><script>alert(1)</script></body></html>")
        .post("xml", path, "<?xml version=\"1.0\"?><a/>")
        .post("single quotes", path, "{'a':'b'}")
        .post("comment", path, "/* c */ {}")
        .post("NaN", path, "{\"a\": NaN}")
        .post("unknown field", path, "{\"surprise\": 1}")
        .post("unknown field 10k", path, "{\"" + LONG + "\": 1}")
        .post("trailing object", path, "{} {}")
        .post("trailing garbage", path, "{}garbage")
        .post("NUL body", path, "\u0000")
        .post("NUL key", path, "{\"\u0000\": 1}")
        .post("empty object", path, "{}")
        .post("deep arrays", path, "[".repeat(5000) + "]".repeat(5000))
        .post("deep objects", path, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))
        .post("oversized body", path, "{\"a\":\"" + "y".repeat(200_000) + "\"}");
    f.add(new Bad("text/plain", "POST", path, "text/plain", null, "{}"))
        .add(new Bad("form", "POST", path, "application/x-www-form-urlencoded", null, "a=b"))
        .add(new Bad("xml content type", "POST", path, "application/xml", null, "<a/>"))
        .add(new Bad("no content type", "POST", path, null, null, "{}"))
        .add(new Bad("bad content type", "POST", path, "nonsense", null, "{}"))
        .add(new Bad("PUT", "PUT", path, JSON, null, "{}"))
        .add(new Bad("DELETE", "DELETE", path, null, null, null))
        .add(new Bad("PATCH", "PATCH", path, JSON, null, "{}"));
  }

  /** A body that would be accepted, sent with an Accept the API cannot answer: 406, nothing written. */
  private static void accepts(Family f, String path, String validBody) {
    for (String accept : List.of("text/html", "application/xml", "text/plain", "image/png")) {
      f.add(new Bad("Accept " + accept, "POST", path, JSON, accept, validBody));
    }
  }

  private static ObjectNode valid() {
    return application("psc", COMPLETE_PACKAGE);
  }

  private static String with(Consumer<ObjectNode> change) {
    ObjectNode body = valid();
    change.accept(body);
    return body.toString();
  }

  private static String raw(String field, String json) {
    ObjectNode body = valid();
    body.remove(field);
    String text = body.toString();
    return "{\"" + field + "\": " + json + ", " + text.substring(1);
  }

  @Test
  void submitApplication() {
    String path = "/api/v1/applications";
    Family f = new Family("submit", ApiClient.CLIENT);
    bodies(f, path);
    accepts(f, path, valid().toString());
    f.post("standard as text", path, raw("standard", "\"2\""))
        .post("standard fraction", path, raw("standard", "2.5"))
        .post("standard -0", path, raw("standard", "-0"))
        .post("standard 1e400", path, raw("standard", "1e400"))
        .post("standard huge", path, raw("standard", "99999999999999999999999"))
        .post("standard null", path, raw("standard", "null"))
        .post("standard array", path, raw("standard", "[2]"))
        .post("standard object", path, raw("standard", "{\"n\": 2}"))
        .post("standard unknown", path, raw("standard", "999"))
        .post("channel number", path, raw("channel", "1"))
        .post("channel 10k", path, with(b -> b.put("channel", LONG)))
        .post("channel sql", path, with(b -> b.put("channel", "psc'; drop table qz_application; --")))
        .post("channel html", path, with(b -> b.put("channel", "<b>psc</b>")))
        .post("channel control", path, with(b -> b.put("channel", "ps\u0007c")))
        .post("applicant string", path, raw("applicant", "\"850312300121\""))
        .post("applicant array", path, raw("applicant", "[]"))
        .post("applicant null", path, raw("applicant", "null"))
        .post("iin number", path, with(b -> ((ObjectNode) b.get("applicant")).put("iin", 850312300121L)))
        .post("iin short", path, with(b -> ((ObjectNode) b.get("applicant")).put("iin", "85031230012")))
        .post("iin letters", path, with(b -> ((ObjectNode) b.get("applicant")).put("iin", "85031230012a")))
        .post("iin checksum", path, with(b -> ((ObjectNode) b.get("applicant")).put("iin", "850312300122")))
        .post("iin 30 February", path, with(b -> ((ObjectNode) b.get("applicant")).put("iin", "850230300121")))
        .post("iin sql", path, with(b -> ((ObjectNode) b.get("applicant")).put("iin", "' or '1'='1")))
        .post("fullName 10k", path, with(b -> ((ObjectNode) b.get("applicant")).put("fullName", LONG)))
        .post("fullName control", path, with(b -> ((ObjectNode) b.get("applicant")).put("fullName", "A\u0000B")))
        .post("fullName number", path, with(b -> ((ObjectNode) b.get("applicant")).put("fullName", 1)))
        .post("applicant unknown field", path, with(b -> ((ObjectNode) b.get("applicant")).put("age", 40)))
        .post("documents string", path, with(b -> b.put("documents", "application")))
        .post("documents object", path, raw("documents", "{\"a\": 1}"))
        .post("documents numbers", path, raw("documents", "[1, 2]"))
        .post("documents null element", path, raw("documents", "[null]"))
        .post("documents nested", path, raw("documents", "[[[\"application\"]]]"))
        .post("document 10k", path, with(b -> b.set("documents", ApiClient.array(LONG))))
        .post("document html", path, with(b -> b.set("documents", ApiClient.array("<img src=x onerror=alert(1)>"))))
        .post("flags string", path, with(b -> b.put("flags", "oralman")))
        .post("flags unknown", path, with(b -> b.set("flags", ApiClient.array("' or 1=1 --"))))
        .post("representative string", path, with(b -> b.put("representative", "x")))
        .post("submittedAt 30 February", path, with(b -> b.put("submittedAt", "2026-02-30T10:00:00+05:00")))
        .post("submittedAt year 0", path, with(b -> b.put("submittedAt", "0000-01-01T00:00:00Z")))
        .post("submittedAt far future", path, with(b -> b.put("submittedAt", "+999999999-12-31T23:59:59Z")))
        .post("submittedAt tomorrow", path, with(b -> b.put("submittedAt", "2026-03-19T10:00:00+05:00")))
        .post("submittedAt words", path, with(b -> b.put("submittedAt", "yesterday")))
        .post("submittedAt number", path, with(b -> b.put("submittedAt", 1773810000000L)))
        .post("externalId spaces", path, with(b -> b.put("externalId", "has spaces")))
        .post("externalId 10k", path, with(b -> b.put("externalId", LONG)))
        .post("externalId empty", path, with(b -> b.put("externalId", "")))
        .post("externalId number", path, with(b -> b.put("externalId", 123)))
        .post("externalId control", path, with(b -> b.put("externalId", "a\u001bb")))
        // The region (docs/scale.md): a KATO region code as a string, checked even where nothing is routed.
        .post("region unknown", path, with(b -> b.put("region", "99")))
        .post("region number", path, with(b -> b.put("region", 75)))
        .post("region empty", path, with(b -> b.put("region", "")))
        .post("region full KATO code", path, with(b -> b.put("region", "750000000")))
        .post("region object", path, with(b -> b.putObject("region").put("code", "75")))
        .post("duplicate key", path, "{\"standard\": 2, " + valid().toString().substring(1))
        .post("typo", path, with(b -> b.put("standart", 2)));
    run(f);
  }

  private static void oddIds(Family f, String prefix, String suffix, String body) {
    for (String id : List.of("S02-NO-SUCH", "%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(500), "%27%20or%201%3D1",
        "%3Cscript%3E", "%E2%80%AE", "S02%0D%0AX-Injected:%201")) {
      if (body == null) {
        f.get("id " + abbreviate(id), prefix + id + suffix);
      } else {
        f.post("id " + abbreviate(id), prefix + id + suffix, body);
      }
    }
  }

  @Test
  void deliverDocuments() {
    String id = awaitingDocuments("disability_certificate");
    ProcessScenario.clockAt("2026-03-23T11:00");
    String path = "/api/v1/applications/" + id + "/documents";
    String valid = "{\"documents\": [\"disability_certificate\"]}";
    Family f = new Family("deliver", ApiClient.CLIENT);
    bodies(f, path);
    accepts(f, path, valid);
    oddIds(f, "/api/v1/applications/", "/documents", valid);
    f.post("documents empty", path, "{\"documents\": []}")
        .post("documents null", path, "{\"documents\": null}")
        .post("documents string", path, "{\"documents\": \"disability_certificate\"}")
        .post("documents object", path, "{\"documents\": {\"a\": \"disability_certificate\"}}")
        .post("documents numbers", path, "{\"documents\": [1e400, -0, 2.5]}")
        .post("documents null element", path, "{\"documents\": [null]}")
        .post("documents nested", path, "{\"documents\": [[\"disability_certificate\"]]}")
        .post("document unknown", path, "{\"documents\": [\"passport\"]}")
        .post("document 10k", path, "{\"documents\": [\"" + LONG + "\"]}")
        .post("document sql", path, "{\"documents\": [\"x'); delete from qz_application; --\"]}")
        .post("document control", path, "{\"documents\": [\"disability\\u0000certificate\"]}")
        .post("unknown beside", path, "{\"documents\": [\"disability_certificate\"], \"by\": \"me\"}")
        .post("duplicate key", path, "{\"documents\": [\"passport\"], \"documents\": [\"disability_certificate\"]}");
    run(f);
    assertThat(ApiClient.read(api.get("/api/v1/applications/" + id).body()).get("status").asText())
        .isEqualTo("AWAITING_DOCUMENTS");
  }

  @Test
  void acknowledgeNotice() {
    String id = portalApplicationAwaiting(anyDocumentOfStandard6());
    ProcessScenario.clockAt("2026-03-23T11:00");
    String path = "/api/v1/applications/" + id + "/document-request/notice";
    String valid = "{\"toldAt\": \"2026-03-20T12:00:00+05:00\"}";
    Family f = new Family("notice", ApiClient.CLIENT);
    bodies(f, path);
    // {} is a valid confirmation (told now): it is not sent here.
    f.requests.removeIf(bad -> bad.name().equals("empty object"));
    accepts(f, path, valid);
    oddIds(f, "/api/v1/applications/", "/document-request/notice", valid);
    f.post("toldAt word", path, "{\"toldAt\": \"yesterday\"}")
        .post("toldAt date only", path, "{\"toldAt\": \"2026-03-20\"}")
        .post("toldAt number", path, "{\"toldAt\": 1774000000}")
        .post("toldAt array", path, "{\"toldAt\": [\"2026-03-20T12:00:00+05:00\"]}")
        .post("toldAt future", path, "{\"toldAt\": \"2026-03-23T11:01:00+05:00\"}")
        .post("toldAt before request", path, "{\"toldAt\": \"2026-03-20T10:00:00+05:00\"}")
        .post("toldAt year 99999", path, "{\"toldAt\": \"+99999-03-20T12:00:00+05:00\"}")
        .post("toldAt 10k", path, "{\"toldAt\": \"" + LONG + "\"}")
        .post("eventId blank", path, "{\"eventId\": \"  \"}")
        .post("eventId 10k", path, "{\"eventId\": \"" + LONG + "\"}")
        .post("eventId object", path, "{\"eventId\": {\"id\": 1}}")
        .post("how beside", path, "{\"toldAt\": \"2026-03-20T12:00:00+05:00\", \"how\": \"phone\"}")
        .post("duplicate key", path, "{\"toldAt\": \"x\", \"toldAt\": \"2026-03-20T12:00:00+05:00\"}");
    run(f);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("UserTask_NotifyApplicant")
        .count()).isEqualTo(1);
  }

  @Test
  void subscribeToEvents() {
    String path = "/api/v1/subscriptions";
    Family f = new Family("subscribe", ApiClient.CLIENT);
    bodies(f, path);
    String valid = "{\"callbackUrl\": \"https://portal.example.kz/events\"}";
    accepts(f, path, valid);
    for (String url : List.of("\"\"", "\" \"", "null", "42", "[]", "{}", "\"ftp://portal.kz/e\"",
        "\"http://portal.example.kz/e\"", "\"http://10.0.0.1/e\"", "\"https://u:p@portal.kz/e\"",
        "\"https://portal.kz/e#x\"", "\"https:///e\"", "\"portal.kz/e\"", "\"javascript:alert(1)\"",
        "\"file:///etc/passwd\"", "\"https://portal.kz/" + "a".repeat(2100) + "\"", "\"https://por tal.kz\"",
        "\"https://portal.kz/\\u0000\"")) {
      f.post("callbackUrl " + abbreviate(url), path, "{\"callbackUrl\": " + url + "}");
    }
    for (String types : List.of("[]", "[\"application.eaten\"]", "[null]", "[1]", "\"application.registered\"",
        "{}", "[[\"application.registered\"]]")) {
      f.post("eventTypes " + types, path, "{\"callbackUrl\": \"https://portal.kz/e\", \"eventTypes\": " + types + "}");
    }
    for (String standards : List.of("[]", "[0]", "[31]", "[-2]", "[2.5]", "[\"2\"]", "[null]", "2", "[1e400]")) {
      f.post("standards " + standards, path, "{\"callbackUrl\": \"https://portal.kz/e\", \"standards\": "
          + standards + "}");
    }
    f.post("ownSubmissionsOnly text", path, "{\"callbackUrl\": \"https://portal.kz/e\", \"ownSubmissionsOnly\": \"yes\"}")
        .post("description long", path, "{\"callbackUrl\": \"https://portal.kz/e\", \"description\": \""
            + "d".repeat(201) + "\"}")
        .post("a secret of one's own", path, "{\"callbackUrl\": \"https://portal.kz/e\", \"secret\": \"mine\"}")
        .get("no such subscription", path + "/no-such-subscription")
        .get("subscription id too long", path + "/" + "x".repeat(300))
        .add(new Bad("delete no such subscription", "DELETE", path + "/no-such-subscription", null, null, null))
        .post("replay no such delivery", "/api/v1/event-deliveries/0/replay", null)
        .post("replay not a number", "/api/v1/event-deliveries/abc/replay", null);
    run(f);
  }

  @Test
  void fileComplaint() {
    String id = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    String path = "/api/v1/applications/" + id + "/complaints";
    String valid = "{\"level\": \"provider\", \"text\": \"Мерзімі өтті\"}";
    Family f = new Family("complaint", ApiClient.CLIENT);
    bodies(f, path);
    accepts(f, path, valid);
    oddIds(f, "/api/v1/applications/", "/complaints", valid);
    f.post("level missing", path, "{\"text\": \"t\"}")
        .post("level null", path, "{\"level\": null, \"text\": \"t\"}")
        .post("level number", path, "{\"level\": 1, \"text\": \"t\"}")
        .post("level array", path, "{\"level\": [\"provider\"], \"text\": \"t\"}")
        .post("level unknown", path, "{\"level\": \"court\", \"text\": \"t\"}")
        .post("level sql", path, "{\"level\": \"provider' --\", \"text\": \"t\"}")
        .post("level html", path, "{\"level\": \"<b>provider</b>\", \"text\": \"t\"}")
        .post("level 10k", path, "{\"level\": \"" + LONG + "\", \"text\": \"t\"}")
        .post("text missing", path, "{\"level\": \"provider\"}")
        .post("text blank", path, "{\"level\": \"provider\", \"text\": \"  \"}")
        .post("text number", path, "{\"level\": \"provider\", \"text\": 1e400}")
        .post("text object", path, "{\"level\": \"provider\", \"text\": {\"a\": \"b\"}}")
        .post("text 4001", path, "{\"level\": \"provider\", \"text\": \"" + "т".repeat(4001) + "\"}")
        .post("text 10k", path, "{\"level\": \"provider\", \"text\": \"" + LONG + "\"}")
        .post("text NUL", path, "{\"level\": \"provider\", \"text\": \"a\\u0000b\"}")
        .post("text escape", path, "{\"level\": \"provider\", \"text\": \"a\\u001b[31mb\"}")
        .post("duplicate key", path, "{\"level\": \"court\", \"level\": \"provider\", \"text\": \"t\"}")
        .post("unknown beside", path, "{\"level\": \"provider\", \"text\": \"t\", \"urgent\": true}");
    run(f);
  }

  @Test
  void readApplicationsComplaintsStandards() {
    Family f = new Family("read", ApiClient.CLIENT);
    oddIds(f, "/api/v1/applications/", "", null);
    oddIds(f, "/api/v1/complaints/", "", null);
    for (String number : List.of("0", "-1", "999", "2.5", "1e400", "-0x", "99999999999999999999", "%00", "two",
        "a".repeat(500))) {
      f.get("standard " + abbreviate(number), "/api/v1/standards/" + number);
      f.get("required-documents of " + abbreviate(number), "/api/v1/standards/" + number
          + "/required-documents?channel=psc");
    }
    String docs = "/api/v1/standards/2/required-documents";
    f.get("no channel", docs)
        .get("channel empty", docs + "?channel=")
        .get("channel unknown", docs + "?channel=mars")
        .get("channel 10k", docs + "?channel=" + LONG)
        .get("channel sql", docs + "?channel=psc%27%20or%201%3D1")
        .get("channel html", docs + "?channel=%3Cscript%3E")
        .get("channel NUL", docs + "?channel=psc%00")
        .get("flag unknown", docs + "?channel=psc&flag=astronaut")
        .get("flag 10k", docs + "?channel=psc&flag=" + LONG)
        .get("caseType unknown", docs + "?channel=psc&caseType=zzz")
        .get("q empty", "/api/v1/standards?q=")
        .get("q blank", "/api/v1/standards?q=%20")
        .get("q no word", "/api/v1/standards?q=--")
        .get("q 10k", "/api/v1/standards?q=" + LONG)
        .get("q 101", "/api/v1/standards?q=" + "%D0%BF".repeat(101))
        .get("q html", "/api/v1/standards?q=%3Cscript%3E")
        .get("q sql", "/api/v1/standards?q=%27%20or%201%3D1%3B--")
        .get("q NUL", "/api/v1/standards?q=a%00b")
        .get("q escape", "/api/v1/standards?q=a%1B%5B31m")
        .get("on not a day", "/api/v1/standards?on=tomorrow")
        .get("on empty", "/api/v1/standards?on=")
        .get("on 32 May", "/api/v1/standards/2?on=2026-05-32")
        .get("on NUL", "/api/v1/standards/2?on=2026-05-04%00")
        .get("on 10k", docs + "?channel=psc&on=" + LONG)
        .get("on dotted", docs + "?channel=psc&on=04.05.2026")
        .get("no such path", "/api/v1/standards/2/nothing")
        .get("no such resource", "/api/v1/nothing")
        .get("double slash", "/api/v1//applications");
    for (String method : List.of("DELETE", "PUT", "PATCH")) {
      f.add(new Bad(method + " application", method, "/api/v1/applications/S02-NO-SUCH", JSON, null, "{}"));
      f.add(new Bad(method + " standards", method, "/api/v1/standards", JSON, null, "{}"));
    }
    f.add(new Bad("POST standards", "POST", "/api/v1/standards", JSON, null, "{}"));
    for (String accept : List.of("text/html", "application/xml")) {
      f.add(new Bad("GET standards Accept " + accept, "GET", "/api/v1/standards", null, accept, null));
      f.add(new Bad("GET standard Accept " + accept, "GET", "/api/v1/standards/2", null, accept, null));
    }
    run(f);
  }

  @Test
  void findApplications() {
    Family f = new Family("search", ApiClient.CLIENT);
    String path = "/api/v1/applications?";
    for (String iin : List.of("", "123", "90021540451", "9002154045110", "900215404512", "abcdefghijkl", "%00",
        "900215404511%00", LONG, "%27%20or%201%3D1")) {
      f.get("applicantIin " + abbreviate(iin), path + "applicantIin=" + iin);
    }
    for (String status : List.of("", "DONE", "registered", "REGISTERED,,", "%00", "REGISTERED%3B", LONG)) {
      f.get("status " + abbreviate(status), path + "status=" + status);
    }
    for (String standard : List.of("", "0", "31", "-1", "2.5", "1e400", "99999999999999999999", "two")) {
      f.get("standard " + abbreviate(standard), path + "standard=" + standard);
    }
    for (String channel : List.of("", "mars", "PSC", "psc%00", LONG)) {
      f.get("channel " + abbreviate(channel), path + "channel=" + channel);
    }
    for (String day : List.of("", "2026-02-30", "2026-13-01", "yesterday", "01.03.2026", "2026-03-01T00:00", "%00")) {
      f.get("submittedFrom " + day, path + "submittedFrom=" + day);
      f.get("dueTo " + day, path + "dueTo=" + day);
    }
    f.get("submittedFrom after submittedTo", path + "submittedFrom=2026-03-31&submittedTo=2026-03-01");
    for (String breached : List.of("", "yes", "1", "TRUEE", "%00")) {
      f.get("breached " + breached, path + "breached=" + breached);
    }
    f.get("externalId empty", path + "externalId=")
        .get("externalId space", path + "externalId=a%20b")
        .get("externalId 129", path + "externalId=" + "e".repeat(129))
        .get("externalId Cyrillic", path + "externalId=%D0%B0");
    for (String page : List.of("-1", "x", "1e400", "99999999999", "500")) {
      f.get("page " + page, path + "page=" + page + "&size=100");
    }
    for (String size : List.of("0", "-1", "101", "x", "2.5")) {
      f.get("size " + size, path + "size=" + size);
    }
    for (String sort : List.of("", "name", "submittedAt,up", "dueAt,asc,desc", "submitted_at", "%00")) {
      f.get("sort " + abbreviate(sort), path + "sort=" + sort);
    }
    for (String region : List.of("", "99", "7", "750000000", "almaty", "%00")) {
      f.get("region " + abbreviate(region), path + "region=" + region);
    }
    f.get("unknown parameter", path + "surprise=1")
        .get("region twice", path + "region=75&region=71")
        .get("standard twice", path + "standard=2&standard=3")
        .get("size twice", path + "size=1&size=2");
    for (String accept : List.of("text/html", "application/xml", "text/csv")) {
      f.add(new Bad("Accept " + accept, "GET", path + "standard=2", null, accept, null));
    }
    run(f);
    // A process owner sees applicants masked and may not look one up by IIN.
    HttpResponse<String> masked = api.get("/api/v1/applications?applicantIin=900215404511", "process.owner");
    assertThat(masked.statusCode()).as(masked.body()).isEqualTo(403);
  }

  /** A multipart body of the given parts, each {name, file name or null, Content-Type or null, content}. */
  private static String multipart(String boundary, String[]... parts) {
    StringBuilder body = new StringBuilder();
    for (String[] part : parts) {
      body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
          .append(part[0]).append('"');
      if (part[1] != null) {
        body.append("; filename=\"").append(part[1]).append('"');
      }
      body.append("\r\n");
      if (part[2] != null) {
        body.append("Content-Type: ").append(part[2]).append("\r\n");
      }
      body.append("\r\n").append(part[3]).append("\r\n");
    }
    return body.append("--").append(boundary).append("--\r\n").toString();
  }

  @Test
  void attachCaseFile() {
    String id = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    String path = "/api/v1/applications/" + id + "/files";
    String type = "multipart/form-data; boundary=qz";
    String[] code = {"documentCode", null, null, "identity_document"};
    String[] pdf = {"file", "passport.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"};
    Family f = new Family("case file", ApiClient.CLIENT);
    for (String odd : List.of("S02-NO-SUCH", "%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(500), "%27%20or%201%3D1",
        "%3Cscript%3E")) {
      f.add(new Bad("id " + abbreviate(odd), "POST", "/api/v1/applications/" + odd + "/files", type, null,
          multipart("qz", code, pdf)));
    }
    f.add(new Bad("no file", "POST", path, type, null, multipart("qz", code)))
        .add(new Bad("no documentCode", "POST", path, type, null, multipart("qz", pdf)))
        .add(new Bad("no parts", "POST", path, type, null, "--qz--\r\n"))
        .add(new Bad("empty body", "POST", path, type, null, ""))
        .add(new Bad("two files", "POST", path, type, null, multipart("qz", code, pdf, pdf)))
        .add(new Bad("two codes", "POST", path, type, null, multipart("qz", code, code, pdf)))
        .add(new Bad("empty file", "POST", path, type, null, multipart("qz", code,
            new String[] {"file", "passport.pdf", "application/pdf", ""})))
        .add(new Bad("no boundary", "POST", path, "multipart/form-data", null, multipart("qz", code, pdf)))
        .add(new Bad("wrong boundary", "POST", path, "multipart/form-data; boundary=other", null,
            multipart("qz", code, pdf)))
        .add(new Bad("unterminated", "POST", path, type, null, multipart("qz", code, pdf).replace("--qz--", "")))
        .add(new Bad("JSON body", "POST", path, JSON, null, "{\"documentCode\":\"identity_document\"}"))
        .add(new Bad("text body", "POST", path, "text/plain", null, "%PDF-1.4"))
        .add(new Bad("no content type", "POST", path, null, null, multipart("qz", code, pdf)));
    for (String documentCode : List.of("", " ", "no_such_document", "IDENTITY_DOCUMENT", "identity_document%00",
        "<script>", "' or 1=1", LONG, "identity_document\r\nX: 1")) {
      f.add(new Bad("documentCode " + abbreviate(documentCode), "POST", path, type, null,
          multipart("qz", new String[] {"documentCode", null, null, documentCode}, pdf)));
    }
    for (String[] file : List.of(
        new String[] {"file", "passport.pdf", "application/pdf", "not a pdf"},
        new String[] {"file", "passport.pdf", "image/png", "%PDF-1.4"},
        new String[] {"file", "passport.png", "image/png", "%PDF-1.4"},
        new String[] {"file", "passport.jpg", "image/jpeg", "GIF89a"},
        new String[] {"file", "passport.exe", "application/octet-stream", "MZ\u0090"},
        new String[] {"file", "passport.html", "text/html", "<html><script>alert(1)</script></html>"},
        new String[] {"file", "passport.svg", "image/svg+xml", "<svg/>"},
        new String[] {"file", "passport.zip", "application/zip", "PK\u0003\u0004"},
        new String[] {"file", "signed.xml", "application/xml", "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"},
        new String[] {"file", "signed.xml", "application/xml", "<a>not signed</a>"},
        new String[] {"file", "signed.xml", "application/xml", "<a"},
        new String[] {"file", "sign.p7s", "application/pkcs7-signature", "not a signature"},
        new String[] {"file", "passport", "application/octet-stream", "%PDF-1.4"},
        new String[] {"file", "passport.pdf", "nonsense", "%PDF-1.4"},
        new String[] {"file", "passport.tiff", "image/tiff", "II*"})) {
      f.add(new Bad("file " + file[1] + " " + file[2] + " " + abbreviate(file[3]), "POST", path, type, null,
          multipart("qz", code, file)));
    }
    f.add(new Bad("file over 10 MB", "POST", path, type, null, multipart("qz", code,
        new String[] {"file", "big.pdf", "application/pdf", "%PDF-1.4\n" + "z".repeat(10 * 1024 * 1024 + 1)})));
    for (String accept : List.of("text/html", "application/xml", "image/png")) {
      f.add(new Bad("Accept " + accept, "POST", path, type, accept, multipart("qz", code, pdf)));
    }
    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      f.add(new Bad(method + " files", method, path, type, null, multipart("qz", code, pdf)));
    }
    run(f);
    // The same part, well formed, is taken: the refusals above are for what each one got wrong.
    HttpResponse<String> taken = send(ApiClient.CLIENT, new Bad("valid", "POST", path, type, null,
        multipart("qz", code, pdf)));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    assertThat(ApiClient.read(taken.body()).path("documentCode").asText()).isEqualTo("identity_document");
  }

  @Test
  void receipt() {
    String id = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    String pdf = "application/pdf, application/problem+json";
    Family f = new Family("receipt", ApiClient.CLIENT);
    for (String odd : List.of("S02-NO-SUCH", "%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(500), "%27%20or%201%3D1",
        "%3Cscript%3E", "%E2%80%AE", "S02%0D%0AX-Injected:%201")) {
      for (String lang : List.of("", "?lang=kk", "?lang=ru")) {
        f.add(new Bad("id " + abbreviate(odd) + lang, "GET", "/api/v1/applications/" + odd + "/receipt" + lang, null,
            pdf, null));
      }
    }
    for (String lang : List.of("en", "KK", "Ru", "kz", "rus", "k", "kkk", "%00", "kk%00", "%20kk", "kk%20", "%3Cscript%3E",
        "%27%20or%201%3D1", "%D1%80%D1%83", "1", "null", "kk,ru", "kk&lang=ru", "%E2%80%AE", LONG)) {
      f.add(new Bad("lang " + abbreviate(lang), "GET", "/api/v1/applications/" + id + "/receipt?lang=" + lang, null,
          pdf, null));
    }
    for (String accept : List.of("text/html", "application/json", "application/xml", "image/png")) {
      f.add(new Bad("Accept " + accept, "GET", "/api/v1/applications/" + id + "/receipt", null, accept, null));
    }
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      f.add(new Bad(method + " receipt", method, "/api/v1/applications/" + id + "/receipt", JSON, pdf, "{}"));
    }
    run(f);
  }

  @Test
  void calendarAndCorrections() {
    Family f = new Family("calendar", "demo");
    String add = "/api/v1/calendar/add-working-days";
    for (String from : List.of("", "2026-02-30", "0000-01-01", "%2B999999999-12-31", "2026-13-01", "yesterday",
        "2013-12-31", "2099-01-01", "2026-03-18T10:00", "%00", "x".repeat(500))) {
      f.get("from " + abbreviate(from), add + "?from=" + from + "&days=10");
    }
    for (String days : List.of("", "-1", "1001", "1e400", "2.5", "NaN", "99999999999999999999", "ten", "%00")) {
      f.get("days " + days, add + "?from=2026-03-18&days=" + days);
    }
    f.get("no parameters", add);
    for (String year : List.of("0", "-1", "1999", "3000", "2026.5", "1e400", "99999999999", "twenty", "%00")) {
      f.get("year " + year, "/api/v1/calendar/" + year);
    }
    f.add(new Bad("calendar Accept html", "GET", "/api/v1/calendar/2026", null, "text/html", null));
    f.add(new Bad("DELETE year", "DELETE", "/api/v1/calendar/2026", null, null, null));
    String corrections = "/api/v1/calendar/corrections";
    bodies(f, corrections);
    accepts(f, corrections, "{\"kind\":\"TRANSFER\",\"workingDay\":\"2032-03-06\",\"dayOff\":\"2032-03-08\","
        + "\"reason\":\"bad-input test\"}");
    f.post("kind unknown", corrections, "{\"kind\":\"HOLIDAY\",\"date\":\"2032-03-08\",\"reason\":\"r\"}")
        .post("kind number", corrections, "{\"kind\":1,\"date\":\"2032-03-08\",\"reason\":\"r\"}")
        .post("date 30 February", corrections, "{\"kind\":\"KURBAN_AIT\",\"date\":\"2032-02-30\",\"reason\":\"r\"}")
        .post("date far future", corrections, "{\"kind\":\"KURBAN_AIT\",\"date\":\"+999999999-12-31\",\"reason\":\"r\"}")
        .post("date year 0", corrections, "{\"kind\":\"KURBAN_AIT\",\"date\":\"0000-01-01\",\"reason\":\"r\"}")
        .post("reason missing", corrections, "{\"kind\":\"TRANSFER\",\"workingDay\":\"2032-03-06\",\"dayOff\":\"2032-03-08\"}")
        .post("unknown beside", corrections, "{\"kind\":\"TRANSFER\",\"workingDay\":\"2032-03-06\","
            + "\"dayOff\":\"2032-03-08\",\"reason\":\"r\",\"force\":true}")
        .post("duplicate key", corrections, "{\"kind\":\"HOLIDAY\",\"kind\":\"TRANSFER\",\"workingDay\":\"2032-03-06\","
            + "\"dayOff\":\"2032-03-08\",\"reason\":\"r\"}");
    for (String id : List.of("abc", "-1", "999999999", "1e400", "%00", "a".repeat(500))) {
      f.post("revoke " + abbreviate(id), corrections + "/" + id + "/revoke", "{\"reason\":\"r\"}");
    }
    f.post("revoke body garbage", corrections + "/1/revoke", "{\"reason\":");
    run(f);
  }

  @Test
  void amendmentMigration() {
    Family f = new Family("amendment migration", "demo");
    String ok = "/api/v1/standards/2/wordings/2014-03-11/migration";
    for (String number : List.of("two", "2.5", "1e400", "-0x", "99999999999999999999", "%00", "..%2F", "a".repeat(500),
        "%3Cscript%3E", "%27%20or%201%3D1", "%20", "2a", "--1", "1_000", "Infinity", "null", "0", "31", "99", "-2")) {
      f.post("number " + abbreviate(number), "/api/v1/standards/" + number + "/wordings/2014-03-11/migration", null);
    }
    for (String day : List.of("2014-3-11", "11.03.2014", "2014-02-30", "yesterday", "%00", "2014-03-11T00:00",
        "+2014-03-11", "20140311", "2014-13-01", "x".repeat(300), "2026-03-23", "1999-01-01", "%20", "2014-03-11%3B")) {
      f.post("effectiveFrom " + abbreviate(day), "/api/v1/standards/2/wordings/" + day + "/migration", null);
    }
    for (String dryRun : List.of("yes", "1", "0", "maybe", "%00", "", "TRUE", "null", "truee", "no")) {
      f.post("dryRun " + dryRun, ok + "?dryRun=" + dryRun, null);
    }
    for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
      f.add(new Bad(method + " migration", method, ok, JSON, null, "{}"));
    }
    for (String accept : List.of("text/html", "application/xml", "text/plain", "image/png", "text/csv")) {
      f.add(new Bad("Accept " + accept, "POST", ok + "?dryRun=false", null, accept, null));
    }
    run(f);
    // A caller without the right is refused, whatever it asks, and nothing moves.
    for (String path : List.of(ok + "?dryRun=false", "/api/v1/standards/two/wordings/x/migration")) {
      HttpResponse<String> refused = api.post(path, "process.owner", null);
      assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(403);
    }
  }

  @Test
  void sla() {
    Family f = new Family("sla", "process.owner");
    for (String number : List.of("two", "2.5", "1e400", "-0x", "99999999999999999999", "%00", "..%2F", "a".repeat(500),
        "%3Cscript%3E", "%27%20or%201%3D1", "%20", "2a", "--1", "1_000", "Infinity", "null", "undefined", "%5B2%5D",
        "%7B2%7D", "0b10")) {
      f.get("standard " + abbreviate(number), "/api/v1/sla/standards/" + number);
    }
    for (String accept : List.of("text/html", "application/xml", "text/plain", "image/png", "text/csv")) {
      f.add(new Bad("Accept " + accept, "GET", "/api/v1/sla", null, accept, null));
      f.add(new Bad("standard Accept " + accept, "GET", "/api/v1/sla/standards/2", null, accept, null));
      f.add(new Bad("regions Accept " + accept, "GET", "/api/v1/sla/regions", null, accept, null));
    }
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      f.add(new Bad(method + " sla", method, "/api/v1/sla", JSON, null, "{}"));
      f.add(new Bad(method + " sla standard", method, "/api/v1/sla/standards/2", JSON, null, "{}"));
      f.add(new Bad(method + " sla garbage", method, "/api/v1/sla", JSON, null, "{"));
      f.add(new Bad(method + " sla regions", method, "/api/v1/sla/regions", JSON, null, "{}"));
    }
    for (String byWording : List.of("yes", "1", "maybe", "%00", "", "truee", "null")) {
      f.get("byWording " + byWording, "/api/v1/sla?byWording=" + byWording);
      f.get("standard byWording " + byWording, "/api/v1/sla/standards/2?byWording=" + byWording);
    }
    for (String rest : List.of("/standards", "/standards/", "/standards/2/extra", "/nothing", "/standards/2/..%2F..",
        "/standards/2/3", "/2", "/standards/%20", "/standards/2%3B", "/standards/2;x=1", "/regions/75", "/regions/")) {
      f.get("path " + rest, "/api/v1/sla" + rest);
    }
    run(f);
    // And a caller without the right is refused, whatever it asks.
    for (String path : List.of("/api/v1/sla", "/api/v1/sla/standards/2", "/api/v1/sla/standards/two",
        "/api/v1/sla/regions")) {
      HttpResponse<String> refused = api.get(path);
      assertThat(refused.statusCode()).as(path + " " + refused.body()).isIn(400, 403);
    }
  }
}
