package kz.qyzmet.api;

import kz.qyzmet.tasklist.TaskForms;
import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.Multipart;
import kz.qyzmet.Multipart.Files;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.WebappSession;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.casefile.CaseFileLimits;
import kz.qyzmet.casefile.CaseFileStorage;
import kz.qyzmet.casefile.CaseFileTexts;
import kz.qyzmet.casefile.CaseFiles;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.RequiredDocuments;
import kz.qyzmet.tasklist.ScreenTexts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * The electronic case file over real HTTP (issue #21, item 4): files attached as multipart, listed and
 * downloaded with their SHA-256 equal to the one the client computed; every bad file a 4xx problem that
 * writes nothing; the rights of each kind of caller; and the Tasklist door, which gives a file to the
 * candidates of the application's open task only.
 */
@QyzmetIntegrationTest
class CaseFileApiTest extends ApiTestSupport.JustBeforeNauryz {
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  private TaskForms forms;

  /** What the task forms show, read over HTTP as Tasklist reads it. */
  private TaskForms forms() {
    return forms == null ? forms = new TaskForms(port, engine) : forms;
  }


  static final String OPERATOR = "psc.operator";
  static final String[] TABLES = {"qz_case_file", "qz_case_file_content", "act_ru_variable", "act_hi_varinst",
      "act_hi_detail", "qz_application"};

  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;
  @Autowired CaseFileStorage storage;
  @Autowired ApplicationRecords records;
  @Autowired StandardsCatalog catalog;
  @Autowired RequiredDocuments requiredDocuments;
  @Autowired PlatformTransactionManager transactionManager;

  final List<String> submitted = new ArrayList<>();

  @Test
  void uploadListDownload_roundTrip_checksumsEqual() throws Exception {
    String id = ztmoApplication(ApiClient.CLIENT);
    Map<String, byte[]> sent = new LinkedHashMap<>();
    sent.put("identity_document", Files.PDF);
    sent.put("residence_registration_proof", Files.PNG);
    sent.put("bank_account_details", Files.SIGNED_XML);
    sent.put("application", Files.P7S);

    JsonNode pdf = created(upload(ApiClient.CLIENT, id, new Multipart().field("documentCode", "identity_document")
        .file("file", "Жеке куәлік.pdf", "application/pdf", Files.PDF)));
    assertThat(pdf.get("documentCode").asText()).isEqualTo("identity_document");
    assertThat(pdf.get("documentNameRu").asText()).startsWith("документ, удостоверяющий личность");
    assertThat(pdf.get("documentNameKk").asText()).startsWith("көрсетілетін қызметті алушының жеке басын");
    assertThat(pdf.get("fileName").asText()).isEqualTo("Жеке куәлік.pdf");
    assertThat(pdf.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(pdf.get("size").asLong()).isEqualTo(Files.PDF.length);
    assertThat(pdf.get("sha256").asText()).isEqualTo(sha256(Files.PDF));
    assertThat(pdf.get("uploadedBy").asText()).isEqualTo(ApiClient.CLIENT);
    assertThat(pdf.get("uploadedAt").asText()).startsWith("2026-03-18T10:00");
    // A part declared application/octet-stream is typed by its name; a path before the name is dropped.
    JsonNode png = created(upload(ApiClient.CLIENT, id, new Multipart().field("documentCode",
        "residence_registration_proof").file("file", "C:\\scans\\address.PNG", "application/octet-stream", Files.PNG)));
    assertThat(png.get("contentType").asText()).isEqualTo("image/png");
    assertThat(png.get("fileName").asText()).isEqualTo("address.PNG");
    created(upload(OPERATOR, id, new Multipart().field("documentCode", "bank_account_details")
        .file("file", "account.xml", "text/xml; charset=UTF-8", Files.SIGNED_XML)));
    created(upload(ApiClient.CLIENT, id, new Multipart().file("file", "application.p7s",
        "application/pkcs7-signature", Files.P7S).field("documentCode", "application")));

    HttpResponse<String> list = api.get("/api/v1/applications/" + id + "/files");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode files = read(list.body());
    assertThat(texts(files, "documentCode")).containsExactlyElementsOf(sent.keySet());
    assertThat(texts(files, "contentType")).containsExactly("application/pdf", "image/png", "application/xml",
        "application/pkcs7-signature");
    assertThat(texts(files, "uploadedBy")).containsExactly(ApiClient.CLIENT, ApiClient.CLIENT, OPERATOR,
        ApiClient.CLIENT);
    int i = 0;
    for (byte[] content : sent.values()) {
      JsonNode file = files.get(i++);
      assertThat(file.get("sha256").asText()).isEqualTo(sha256(content));
      HttpResponse<byte[]> download = download(ApiClient.CLIENT, file.get("href").asText());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(content);
      assertThat(sha256(download.body())).isEqualTo(file.get("sha256").asText());
      assertThat(download.headers().firstValue("Content-Type").orElseThrow())
          .startsWith(file.get("contentType").asText());
      assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256(content) + "\"");
      assertThat(download.headers().firstValue("Digest")).hasValue("sha-256=" + base64Sha256(content));
      assertThat(download.headers().firstValue("Repr-Digest")).hasValue("sha-256=:" + base64Sha256(content) + ":");
      assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
      assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    assertThat(download(ApiClient.CLIENT, files.get(0).get("href").asText()).headers()
        .firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"____ ______.pdf\"; "
            + "filename*=UTF-8''%D0%96%D0%B5%D0%BA%D0%B5%20%D0%BA%D1%83%D3%99%D0%BB%D1%96%D0%BA.pdf");
    assertThat(download(ApiClient.CLIENT, files.get(1).get("href").asText()).headers()
        .firstValue("Content-Disposition")).hasValue("attachment; filename=\"address.PNG\"");
    // A worker who sees applicants whole reads them too.
    assertThat(download(OPERATOR, files.get(1).get("href").asText()).body()).isEqualTo(Files.PNG);
  }

  @Test
  void theStoredBytesAreCheckedOnRead_aChangedFileIsNeverHandedOut() {
    String id = ztmoApplication(ApiClient.CLIENT);
    JsonNode file = created(upload(ApiClient.CLIENT, id, pdfAs("identity_document")));
    jdbc.update("update qz_case_file_content set content = ? where storage_key = ?",
        "%PDF-1.4 changed".getBytes(StandardCharsets.US_ASCII),
        jdbc.queryForObject("select storage_key from qz_case_file where id = ?", String.class, file.get("id").asText()));
    HttpResponse<byte[]> download = download(ApiClient.CLIENT, file.get("href").asText());
    assertThat(download.statusCode()).isEqualTo(500);
    assertThat(new String(download.body(), StandardCharsets.UTF_8)).doesNotContain("PDF-1.4 changed");
  }

  @Test
  void badFiles_eachA4xxProblemNamingTheField_andNothingWritten() {
    String id = ztmoApplication(ApiClient.CLIENT);
    String closed = submitted(OPERATOR, application("psc", "[\"application\"]"));
    assertThat(read(api.get("/api/v1/applications/" + closed).body()).get("status").asText())
        .isEqualTo("REFUSED_TO_ACCEPT");
    String files = "/api/v1/applications/" + id + "/files";
    Map<String, Integer> before = rows();

    record Bad(String name, String path, String contentType, byte[] body, int status, String field, String reason) {}
    List<Bad> bad = new ArrayList<>();
    Multipart m;
    m = new Multipart().field("documentCode", "identity_document").file("file", "passport.pdf", "application/pdf",
        Files.HTML);
    bad.add(new Bad("HTML named .pdf", files, m.contentType(), m.bytes(), 415, "file", "content-mismatch"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "passport.png", "image/png", Files.PDF);
    bad.add(new Bad("a PDF declared PNG", files, m.contentType(), m.bytes(), 415, "file", "content-mismatch"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "page.html", "text/html", Files.HTML);
    bad.add(new Bad("HTML", files, m.contentType(), m.bytes(), 415, "file", "format"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "scan.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Files.PDF);
    bad.add(new Bad("an office document", files, m.contentType(), m.bytes(), 415, "file", "format"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "run.exe", "application/octet-stream",
        Files.PDF);
    bad.add(new Bad("octet-stream named .exe", files, m.contentType(), m.bytes(), 415, "file", "format"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "signed.xml", "application/xml",
        ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;<ds:Signature "
            + "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/></r>").getBytes(StandardCharsets.UTF_8));
    bad.add(new Bad("XML with a DTD", files, m.contentType(), m.bytes(), 415, "file", "content-mismatch"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "plain.xml", "application/xml",
        "<r>not signed</r>".getBytes(StandardCharsets.UTF_8));
    bad.add(new Bad("unsigned XML", files, m.contentType(), m.bytes(), 415, "file", "content-mismatch"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "empty.pdf", "application/pdf",
        new byte[0]);
    bad.add(new Bad("an empty file", files, m.contentType(), m.bytes(), 400, "file", "empty"));
    m = new Multipart().field("documentCode", "identity_document");
    bad.add(new Bad("no file", files, m.contentType(), m.bytes(), 400, "file", "required"));
    m = new Multipart().file("file", "passport.pdf", "application/pdf", Files.PDF);
    bad.add(new Bad("no documentCode", files, m.contentType(), m.bytes(), 400, "documentCode", "required"));
    m = new Multipart().field("documentCode", "oralman_certificate").file("file", "c.pdf", "application/pdf", Files.PDF);
    bad.add(new Bad("a document of the table this case does not name", files, m.contentType(), m.bytes(), 400,
        "documentCode", "unknown"));
    m = new Multipart().field("documentCode", "no_such_document").file("file", "c.pdf", "application/pdf", Files.PDF);
    bad.add(new Bad("an unknown code", files, m.contentType(), m.bytes(), 400, "documentCode", "unknown"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "a.pdf", "application/pdf", Files.PDF)
        .file("file", "b.pdf", "application/pdf", Files.PDF);
    bad.add(new Bad("two files", files, m.contentType(), m.bytes(), 400, "file", "one"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "x".repeat(300) + ".pdf",
        "application/pdf", Files.PDF);
    bad.add(new Bad("a file name too long", files, m.contentType(), m.bytes(), 400, "file", "too-long"));
    byte[] large = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(Files.PDF, 0, large, 0, Files.PDF.length);
    m = new Multipart().field("documentCode", "identity_document").file("file", "big.pdf", "application/pdf", large);
    bad.add(new Bad("a file over 10 MB", files, m.contentType(), m.bytes(), 413, "file", "too-large"));
    byte[] half = java.util.Arrays.copyOf(Files.PDF, 6 * 1024 * 1024);
    m = new Multipart().field("documentCode", "identity_document").file("file", "a.pdf", "application/pdf", half)
        .file("file", "b.pdf", "application/pdf", half);
    bad.add(new Bad("a request over 11 MB", files, m.contentType(), m.bytes(), 413, "file", "too-large"));
    bad.add(new Bad("JSON instead of multipart", files, "application/json",
        "{\"documentCode\": \"identity_document\"}".getBytes(StandardCharsets.UTF_8), 415, "Content-Type", "format"));
    m = new Multipart().field("documentCode", "identity_document").file("file", "a.pdf", "application/pdf", Files.PDF);
    byte[] cut = java.util.Arrays.copyOf(m.bytes(), m.bytes().length - 30);
    bad.add(new Bad("a body cut short", files, m.contentType(), cut, 400, "body", "malformed"));
    m = pdfAs("identity_document");
    bad.add(new Bad("a closed application", "/api/v1/applications/" + closed + "/files", m.contentType(), m.bytes(),
        409, "id", "conflict"));
    bad.add(new Bad("no such application", "/api/v1/applications/NO-SUCH/files", m.contentType(), m.bytes(), 404,
        "id", "not-found"));

    List<String> wrong = new ArrayList<>();
    for (Bad b : bad) {
      HttpResponse<String> response = api.http.send(api.http.request(b.path(), ApiClient.CLIENT, ApiClient.PASSWORD)
          .header("Content-Type", b.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(b.body())).build());
      JsonNode problem = response.body().isEmpty() ? null : read(response.body());
      if (response.statusCode() != b.status()
          || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
          || problem == null || !b.field().equals(problem.path("field").asText())
          || !b.reason().equals(problem.path("reason").asText()) || problem.path("detail").asText().isBlank()) {
        wrong.add(b.name() + ": " + response.statusCode() + " " + response.body());
      }
    }
    assertThat(wrong).as("bad files not answered with their 4xx problem").isEmpty();
    assertThat(rows()).as("rows written by failed uploads").isEqualTo(before);
    System.out.println("case-file bad-files requests=" + bad.size() + " problems=" + bad.size() + " rows-written=0");
  }

  @Test
  void theApplicationsLimits_413_andNothingKept() {
    String id = ztmoApplication(ApiClient.CLIENT);
    // The same beans with small limits: 100 bytes a file, 120 bytes and 2 files an application.
    assertThat(Files.PDF.length).isEqualTo(77);
    CaseFiles small = new CaseFiles(jdbc, storage, records, catalog, requiredDocuments, historyService,
        new CaseFileLimits(DataSize.ofBytes(100), DataSize.ofBytes(120), 2), transactionManager);
    var application = records.find(id).orElseThrow();
    small.attach(application, "identity_document", new CaseFiles.Upload("a.pdf", "application/pdf", Files.PDF),
        ApiClient.CLIENT);
    Map<String, Integer> before = rows();
    assertThatThrownBy(() -> small.attach(application, "identity_document", new CaseFiles.Upload("b.pdf",
        "application/pdf", Files.PDF), ApiClient.CLIENT)).isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.getMessage()).contains("may hold at most 120 bytes; it holds 77"));
    assertThatThrownBy(() -> small.attach(application, "identity_document", new CaseFiles.Upload("big.pdf",
        "application/pdf", java.util.Arrays.copyOf(Files.PDF, 101)), ApiClient.CLIENT))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(413));
    assertThat(rows()).isEqualTo(before);
    small.attach(application, "application", new CaseFiles.Upload("t.tif", "image/tiff", Files.TIFF), ApiClient.CLIENT);
    assertThatThrownBy(() -> small.attach(application, "application", new CaseFiles.Upload("t.jpg", "image/jpeg",
        Files.JPEG), ApiClient.CLIENT)).isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.getMessage()).contains("has 2 files"));
    assertThat(jdbc.queryForObject("select count(*) from qz_case_file where application_id = ?", Integer.class, id))
        .isEqualTo(2);
  }

  @Test
  void aRequestedDocument_mayBeAttached_butAttachingDoesNotDeliverIt() {
    String id = awaitingDocuments("oralman_certificate");
    submitted.add(id);
    created(upload(ApiClient.CLIENT, id, pdfAs("oralman_certificate")));
    JsonNode application = read(api.get("/api/v1/applications/" + id).body());
    assertThat(application.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    assertThat(application.get("documentRequest").get("requestedDocuments").toString())
        .isEqualTo("[\"oralman_certificate\"]");
    HttpResponse<String> delivered = api.post("/api/v1/applications/" + id + "/documents",
        "{\"documents\": [\"oralman_certificate\"]}");
    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    assertThat(read(delivered.body()).get("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void rights_attachBySubmitters_readByThoseWhoSeeApplicantsAndTheSubmitter() {
    String byClient = ztmoApplication(ApiClient.CLIENT);
    String href = created(upload(ApiClient.CLIENT, byClient, pdfAs("identity_document"))).get("href").asText();
    for (String user : List.of("department.head", "psc.head", "quality.inspector", "process.owner")) {
      assertProblem(upload(user, byClient, pdfAs("identity_document")), 403);
    }
    for (String user : List.of("demo", OPERATOR, "ztmo.specialist", "provider.specialist", "department.head",
        "psc.head", "quality.inspector", ApiClient.CLIENT)) {
      assertThat(api.get("/api/v1/applications/" + byClient + "/files", user).statusCode()).as(user).isEqualTo(200);
      assertThat(download(user, href).statusCode()).as(user).isEqualTo(200);
    }
    assertProblem(api.get("/api/v1/applications/" + byClient + "/files", "process.owner"), 403);
    assertThat(download("process.owner", href).statusCode()).isEqualTo(403);
    // An integration client reads the files of the applications it submitted only.
    String byOperator = ztmoApplication(OPERATOR);
    String other = created(upload(OPERATOR, byOperator, pdfAs("identity_document"))).get("href").asText();
    assertProblem(api.get("/api/v1/applications/" + byOperator + "/files"), 403);
    assertThat(download(ApiClient.CLIENT, other).statusCode()).isEqualTo(403);
    assertThat(api.http.get("/api/v1/applications/" + byClient + "/files", null, null).statusCode()).isEqualTo(401);
    // A file id of another application is not found under this one.
    assertThat(download(OPERATOR, "/api/v1/applications/" + byClient + "/files/"
        + other.substring(other.lastIndexOf('/') + 1)).statusCode()).isEqualTo(404);
  }

  @Test
  void tasklist_theTaskShowsTheFilesByName_andTheDoorServesThemToItsCandidatesOnly() {
    String id = ztmoApplication(ApiClient.CLIENT);
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("UserTask_ReviewApplication").singleResult();
    assertThat(forms().shown(review.getId(), CaseFileTexts.VARIABLE)).isEqualTo(CaseFileTexts.NONE);
    JsonNode file = created(upload(ApiClient.CLIENT, id, new Multipart().field("documentCode", "identity_document")
        .file("file", "passport.png", "image/png", Files.PNG)));

    String shown = (String) forms().shown(review.getId(), CaseFileTexts.VARIABLE);
    String link = CaseFileTexts.DOOR + file.get("id").asText();
    assertThat(shown).startsWith("- [көрсетілетін қызметті алушының жеке басын куәландыратын құжат")
        .contains(" / документ, удостоверяющий личность услугополучателя", "](" + link + ")",
            " · сурет / изображение · ", "29 Б", "18.03.2026 10:00")
        .doesNotContain("identity_document", "passport.png", ApiClient.CLIENT);
    ScreenTexts.assertNoEnglish(shown);

    WebappSession candidate = WebappSession.login(port, "ztmo.specialist", "demo", "tasklist");
    HttpResponse<byte[]> got = candidate.download(link);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(Files.PNG);
    assertThat(got.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
    assertThat(got.headers().firstValue("ETag")).hasValue("\"" + sha256(Files.PNG) + "\"");
    // Claimed by the candidate, it is theirs as the assignee.
    taskService.claim(review.getId(), "ztmo.specialist");
    assertThat(candidate.download(link).statusCode()).isEqualTo(200);

    for (String other : List.of("psc.operator", "provider.specialist", "department.head", "process.owner")) {
      HttpResponse<byte[]> refused = WebappSession.login(port, other, "demo", "tasklist").download(link);
      assertThat(refused.statusCode()).as(other).isEqualTo(403);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(other)
          .contains("файлдарын ала алмайды", "не может получить файлы").doesNotContain("PNG");
    }
    assertThat(WebappSession.login(port, "demo", "demo", "tasklist").download(link).statusCode()).isEqualTo(200);
    assertThat(candidate.download(CaseFileTexts.DOOR + "no-such-file").statusCode()).isEqualTo(404);
    assertThat(WebappSession.anonymous(port).download(link).statusCode()).isEqualTo(401);
    // HTTP Basic is no way into the webapps' door.
    assertThat(download("demo", link).statusCode()).isEqualTo(401);

    // A task created after the upload shows it too (TaskFormTexts): the review decides, a new task appears.
    taskService.complete(review.getId(), Map.of("decision", "request-documents", "requestedDocuments",
        "oralman_certificate"));
    List<Task> next = taskService.createTaskQuery().processInstanceBusinessKey(id).list();
    assertThat(next).isNotEmpty();
    for (Task task : next) {
      assertThat((String) forms().shown(task.getId(), CaseFileTexts.VARIABLE)).as(task.getName())
          .contains(link);
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheMultipartUpload_andTheDownload() {
    JsonNode openApi = read(api.http.get("/v3/api-docs", null, null).body());
    JsonNode upload = openApi.get("paths").get("/api/v1/applications/{id}/files").get("post");
    assertThat(upload.get("tags").toString()).isEqualTo("[\"Case files\"]");
    JsonNode body = upload.get("requestBody").get("content").get("multipart/form-data");
    assertThat(body.get("schema").get("$ref").asText()).endsWith("/CaseFileUpload");
    JsonNode form = openApi.get("components").get("schemas").get("CaseFileUpload");
    assertThat(form.get("properties").get("file").get("format").asText()).isEqualTo("binary");
    assertThat(form.get("required").toString()).contains("file", "documentCode");
    assertThat(upload.get("responses").fieldNames()).toIterable()
        .contains("201", "400", "403", "404", "409", "413", "415");
    assertThat(upload.get("parameters").toString()).contains("\"name\":\"id\"").doesNotContain("request");
    JsonNode download = openApi.get("paths").get("/api/v1/applications/{id}/files/{fileId}").get("get");
    assertThat(download.get("responses").get("200").get("headers").fieldNames()).toIterable()
        .contains("ETag", "Digest", "Repr-Digest");
  }

  @Test
  void tasklistLoadsThePluginsModule() {
    HttpResponse<String> script = api.http.get("/camunda/api/tasklist/plugin/qyzmet-case-files/static/app/plugin.js",
        null, null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("export default []");
  }

  // --- helpers ---

  private String ztmoApplication(String user) {
    return submitted(user, application("ztmo", COMPLETE_PACKAGE));
  }

  private String submitted(String user, com.fasterxml.jackson.databind.node.ObjectNode body) {
    HttpResponse<String> response = api.post("/api/v1/applications", user, body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String id = read(response.body()).get("id").asText();
    submitted.add(id);
    return id;
  }

  static Multipart pdfAs(String documentCode) {
    return new Multipart().field("documentCode", documentCode).file("file", "scan.pdf", "application/pdf", Files.PDF);
  }

  private HttpResponse<String> upload(String user, String id, Multipart body) {
    return api.http.send(api.http.request("/api/v1/applications/" + id + "/files", user, ApiClient.PASSWORD)
        .header("Content-Type", body.contentType()).POST(body.publisher()).build());
  }

  private static JsonNode created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode file = read(response.body());
    assertThat(response.headers().firstValue("Location")).hasValue(file.get("href").asText());
    return file;
  }

  private HttpResponse<byte[]> download(String user, String path) {
    try {
      return api.http.client().send(api.http.request(path, user, ApiClient.PASSWORD).setHeader("Accept", "*/*").GET()
          .build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  private Map<String, Integer> rows() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
    }
    return counts;
  }

  static String sha256(byte[] bytes) throws RuntimeException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base64Sha256(byte[] bytes) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(bytes)));
  }

  @AfterEach
  void endTheProcesses() {
    endProcessesOf(submitted, "case file test done");
    submitted.clear();
  }
}
