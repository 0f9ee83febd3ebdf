package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.problem;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.WebappSession;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The applicant's receipts as PDF over real HTTP: {@code /api/v1/applications/{id}/receipt} with
 * HTTP Basic and the Tasklist plugin's door on the webapp session. The PDF's text is read back
 * with PDFBox: the number, the standard, the channel, the documents by name, the due date, the
 * Kazakh letters, and the fonts embedded. One PDF of each kind is kept in target/receipts.
 */
@QyzmetIntegrationTest
class ReceiptApiTest extends ApiTestSupport.JustBeforeNauryz {

  static final String TASKLIST_DOOR = "/camunda/api/tasklist/plugin/qyzmet-receipts/default/receipts/";
  static final Path OUT = Path.of("target", "receipts");
  static final String OPERATOR = "psc.operator";

  @Autowired RequiredDocuments requiredDocuments;
  @Autowired ApplicationRecords records;
  @Autowired IdentityService identityService;
  final List<String> submitted = new java.util.ArrayList<>();

  @Test
  void acceptedAtThePsc_kazakh_namesTheStandardChannelDocumentsAndDueDate() throws Exception {
    String id = submitAs(OPERATOR, application("psc", COMPLETE_PACKAGE)).get("id").asText();

    HttpResponse<byte[]> response = pdf("/api/v1/applications/" + id + "/receipt?lang=kk", OPERATOR);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("inline", "receipt-acceptance-" + id + "-kk.pdf");
    String text = text(response.body(), "acceptance-kk.pdf");

    assertThat(text).contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУ ТУРАЛЫ ҚОЛХАТ", id, "18.03.2026 10:00",
        "2-стандарт. Мемлекеттік базалық зейнетақы төлемін тағайындау", "Халыққа қызмет көрсету орталығы (ХҚО)",
        "Көрсетілетін қызметті алушы Сапарова Айгүл Маратқызы",
        // 10 working days after 18 March, Nauryz (21-25 March) not counted.
        "Қызметті алу күні 06.04.2026 (өтініш тіркелген күннен бастап 10 жұмыс күні)",
        // Who accepted: the operator, by the name in the identity service.
        "Құжаттарды қабылдаған Айгүл Сапарова",
        "30 жұмыс күнінен аспайтын мерзімге ұзартылады (4-тармақ 1) тармақша)", "(қолы)");
    for (RequiredDocument document : requiredDocuments.evaluate(2, "psc", null, List.of(), null)) {
      assertThat(text).contains(named(document.nameKk()));
    }
    assertThat(text).contains("9-тармақ 1) тармақша").doesNotContain("residence_registration_proof");
    // The Kazakh letters of these names survive extraction (ReceiptPdfTest prints all eighteen).
    assertThat(text).contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і", "Қ", "Ө", "Ұ");
    // No English: the only Latin letters are the number's.
    assertThat(text.replace(id, "")).doesNotContainPattern("[A-Za-z]");
    assertEmbeddedFonts(response.body());
  }

  @Test
  void acceptedAtThePsc_russian() throws Exception {
    String id = submitAs(OPERATOR, application("psc", COMPLETE_PACKAGE)).get("id").asText();

    HttpResponse<byte[]> response = pdf("/api/v1/applications/" + id + "/receipt?lang=ru", ApiClient.CLIENT);
    assertThat(response.statusCode()).isEqualTo(200);
    String text = text(response.body(), "acceptance-ru.pdf");
    assertThat(text).contains("РАСПИСКА О ПРИЕМЕ ДОКУМЕНТОВ", id, "18.03.2026 10:00",
        "Стандарт № 2. Назначение государственной базовой пенсионной выплаты", "Центр обслуживания населения (ЦОН)",
        "Дата получения услуги 06.04.2026 (10 рабочих дней со дня регистрации заявления)",
        "продлевается на срок не более 30 рабочих дней (пункт 4, подпункт 1))", "пункт 9, подпункт 1)", "(подпись)",
        // The client did not submit it and may not read applicants: the name as in the JSON, masked.
        "Услугополучатель Сапарова А. М.");
    for (RequiredDocument document : requiredDocuments.evaluate(2, "psc", null, List.of(), null)) {
      assertThat(text).contains(named(document.nameRu()));
    }
    assertEmbeddedFonts(response.body());
  }

  @Test
  void refusedAtThePsc_namesTheMissingDocumentsTheirParagraphsAndTheGround() throws Exception {
    JsonNode submitted = submitAs(OPERATOR, application("psc", "[\"application\",\"identity_document\"]"));
    assertThat(submitted.get("status").asText()).isEqualTo("REFUSED_TO_ACCEPT");
    String id = submitted.get("id").asText();
    List<RequiredDocument> table = requiredDocuments.evaluate(2, "psc", null, List.of(), null);
    RequiredDocument residence = table.stream().filter(d -> d.code().equals("residence_registration_proof"))
        .findFirst().orElseThrow();
    RequiredDocument bank = table.stream().filter(d -> d.code().equals("bank_account_details"))
        .findFirst().orElseThrow();

    String ru = text(ok(pdf("/api/v1/applications/" + id + "/receipt?lang=ru", OPERATOR)), "refusal-ru.pdf");
    assertThat(ru).contains("РАСПИСКА ОБ ОТКАЗЕ В ПРИЕМЕ ДОКУМЕНТОВ", id, "18.03.2026 10:00",
        "Стандарт № 2. Назначение государственной базовой пенсионной выплаты", "Центр обслуживания населения (ЦОН)",
        "В приеме документов отказал(а) Айгүл Сапарова", "Недостающие документы", named(residence.nameRu()), named(bank.nameRu()), "Основание отказа (пункт 10): Услугополучатель не "
            + "представил полный пакет документов по перечню пункта 9 стандарта", "(подпись)")
        .doesNotContain(table.stream().filter(d -> d.code().equals("application")).findFirst().orElseThrow()
            .nameRu().substring(1))
        .doesNotContain("bank_account_details");
    assertThat(ru).containsPattern("пункт 9, подпункт \\d\\)");

    byte[] kkPdf = ok(pdf("/api/v1/applications/" + id + "/receipt", ApiClient.CLIENT));
    String kk = text(kkPdf, "refusal-kk.pdf");
    assertThat(kk).contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУДАН БАС ТАРТУ ТУРАЛЫ ҚОЛХАТ", "Жетіспейтін құжаттар",
        named(residence.nameKk()), named(bank.nameKk()), "Бас тарту негізі (10-тармақ)", "(қолы)");
    assertEmbeddedFonts(kkPdf);
  }

  @Test
  void badLanguage_400_unknownApplication_404_notYetAcceptedOrAnswered_409() {
    String id = submitAs(ApiClient.CLIENT, application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    JsonNode lang = problem(get("/api/v1/applications/" + id + "/receipt?lang=en", ApiClient.CLIENT), 400, "lang");
    assertThat(lang.get("detail").asText()).contains("kk", "ru", "'en'");
    problem(get("/api/v1/applications/NO-SUCH-APPLICATION/receipt?lang=ru", ApiClient.CLIENT), 404, "id");
    // A client that takes JSON only is told so, not sent a PDF.
    assertThat(api.get("/api/v1/applications/" + id + "/receipt", ApiClient.CLIENT).statusCode()).isEqualTo(406);

    String pending = "S02-RECEIPT-" + System.nanoTime();
    records.insert(new ApplicationRecord(pending, 2, "s02-basic-pension-payment-assignment", "psc", null,
        ApiClient.newIin(), "Сапарова Айгүл", ApplicationStatus.SUBMITTED, OffsetDateTime.now(ZoneOffset.UTC), null,
        null, null, null, null, null, OffsetDateTime.now(ZoneOffset.UTC), ApiClient.CLIENT));
    JsonNode submitted = problem(get("/api/v1/applications/" + pending + "/receipt", ApiClient.CLIENT), 409, "id");
    assertThat(submitted.get("detail").asText()).contains("SUBMITTED");

    String answered = api.submit(application("portal", "[\"electronic_request\"]")).get("id").asText();
    problem(get("/api/v1/applications/" + answered + "/receipt", ApiClient.CLIENT), 409, "id");
  }

  @Test
  void apiRights_readersGetIt_othersNot() {
    String id = submitAs(ApiClient.CLIENT, application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    for (String reader : new String[] {"integration.client", "process.owner", "department.head", "demo"}) {
      assertThat(pdf("/api/v1/applications/" + id + "/receipt", reader).statusCode()).as(reader).isEqualTo(200);
    }
    String userId = "receipt.nobody";
    var user = identityService.newUser(userId);
    user.setPassword("demo");
    identityService.saveUser(user);
    try {
      problem(get("/api/v1/applications/" + id + "/receipt", userId), 403, "Authorization");
    } finally {
      identityService.deleteUser(userId);
    }
    assertThat(api.http.get("/api/v1/applications/" + id + "/receipt", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void tasklistDoor_forTheWorkerWhoAcceptedIt_orWhoSeesItsTask_orAnAdministrator() throws Exception {
    // Submitted by the PSC's system: the PSC operators have the task of forwarding it.
    String forwarded = submitAs(ApiClient.CLIENT, application("psc", COMPLETE_PACKAGE)).get("id").asText();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(forwarded).taskCandidateGroup("psc-operators")
        .count()).isPositive();
    WebappSession operator = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    HttpResponse<byte[]> seen = session(operator, TASKLIST_DOOR + forwarded + "?lang=ru");
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    // Accepted by the PSC's system: its user's name in the identity service says who.
    assertThat(text(seen.body(), null)).contains("РАСПИСКА О ПРИЕМЕ ДОКУМЕНТОВ", forwarded,
        "Документы принял(а) E-gov Integration");

    // A worker of another group sees no task of it and did not accept it.
    WebappSession provider = WebappSession.login(port, "provider.specialist", "demo", "tasklist");
    HttpResponse<byte[]> refused = session(provider, TASKLIST_DOOR + forwarded + "?lang=kk");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("provider.specialist", "қолхатын ала алмайды", "не может получить расписку");

    // Refused at intake by the operator: no task is left, the operator who took it in still gets it.
    String refusedId = submitAs(OPERATOR, application("psc", "[\"application\"]")).get("id").asText();
    HttpResponse<byte[]> own = session(operator, TASKLIST_DOOR + refusedId);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(text(own.body(), null)).contains("ҚҰЖАТТАРДЫ ҚАБЫЛДАУДАН БАС ТАРТУ ТУРАЛЫ ҚОЛХАТ",
        "Құжаттарды қабылдаудан бас тартқан Айгүл Сапарова");
    WebappSession ztmo = WebappSession.login(port, "ztmo.specialist", "demo", "tasklist");
    assertThat(session(ztmo, TASKLIST_DOOR + refusedId).statusCode()).isEqualTo(403);

    WebappSession admin = WebappSession.login(port, "demo", "demo", "tasklist");
    assertThat(session(admin, TASKLIST_DOOR + refusedId + "?lang=ru").statusCode()).isEqualTo(200);
    assertThat(session(admin, TASKLIST_DOOR + refusedId + "?lang=en").statusCode()).isEqualTo(400);
    assertThat(session(admin, TASKLIST_DOOR + "NO-SUCH-APPLICATION").statusCode()).isEqualTo(404);

    assertThat(session(WebappSession.anonymous(port), TASKLIST_DOOR + refusedId).statusCode()).isEqualTo(401);
    // HTTP Basic is no way into the webapps' door.
    assertThat(pdf(TASKLIST_DOOR + refusedId, "demo").statusCode()).isEqualTo(401);
  }

  @Test
  void tasklistLoadsThePluginsModule() {
    HttpResponse<String> script = api.http.get("/camunda/api/tasklist/plugin/qyzmet-receipts/static/app/plugin.js",
        null, null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("export default []");
    // Tasklist's page lists the plugin's package, which its bootstrap imports as an ES module.
    assertThat(api.http.get("/camunda/app/tasklist/default/", null, null).body()).contains(
        "tasklist-plugin-qyzmet-receipts", "/camunda/api/tasklist/plugin/qyzmet-receipts/static/app");
  }

  // --- helpers ---

  private JsonNode submitAs(String user, com.fasterxml.jackson.databind.node.ObjectNode body) {
    HttpResponse<String> response = api.post("/api/v1/applications", user, body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode application = read(response.body());
    submitted.add(application.get("id").asText());
    return application;
  }

  /**
   * The applications' processes end with the test: their open tasks would otherwise fill the
   * PSC operators' Tasklist filters that the browser tests of the same context page through.
   */
  @AfterEach
  void endTheProcesses() {
    endProcessesOf(submitted, "receipt test done");
    submitted.clear();
  }

  private HttpResponse<byte[]> pdf(String path, String user) {
    return send(api.http, api.http.request(path, user, ApiClient.PASSWORD)
        .header("Accept", "application/pdf, application/problem+json").GET().build());
  }

  private HttpResponse<String> get(String path, String user) {
    return api.http.send(api.http.request(path, user, ApiClient.PASSWORD)
        .header("Accept", "application/pdf, application/problem+json").GET().build());
  }

  /** A GET on the webapp session as the browser makes it when the worker opens the link. */
  private HttpResponse<byte[]> session(WebappSession session, String path) throws Exception {
    var field = WebappSession.class.getDeclaredField("http");
    field.setAccessible(true);
    HttpClientForTests http = (HttpClientForTests) field.get(session);
    String csrf = ((CookieManager) http.client().cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    return send(http, HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).header("X-XSRF-TOKEN", csrf)
        .GET().build());
  }

  private static HttpResponse<byte[]> send(HttpClientForTests http, HttpRequest request) {
    try {
      return http.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A document's name as a receipt's line prints it: the decree's words, the first letter a capital. */
  private static String named(String name) {
    return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
  }

  private static byte[] ok(HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).as(() -> new String(response.body())).isEqualTo(200);
    return response.body();
  }

  /** The PDF's text with every run of white space made one space; kept under target/receipts when named. */
  private static String text(byte[] pdf, String keepAs) throws IOException {
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    if (keepAs != null) {
      Files.createDirectories(OUT);
      Files.write(OUT.resolve(keepAs), pdf);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static void assertEmbeddedFonts(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSerif");
          fonts++;
        }
      }
      assertThat(fonts).isGreaterThanOrEqualTo(2);
    }
  }
}
