package kz.qyzmet.amendments;

import kz.qyzmet.tasklist.TaskForms;
import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.catalog.Amendment;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.ProcessScenario;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Standard 2 amended (a fictitious amendment, src/test/resources/amendments-fictitious: nothing in it
 * is the law): from Monday 23 March 2026, a Nauryz holiday (21-25 March off), the term at ZTMO and
 * the PSC is 8 working days instead of 10 and the residence document is no longer required. Each
 * application answers to the wording in force on the day (Asia/Almaty) it was submitted, whatever
 * day it is processed. The amendment is put into the running catalog for each scenario and taken
 * out after it, as a deployed amendment takes effect on its day: no restart, no redeployment.
 */
@QyzmetIntegrationTest
class S02AmendmentTest {
  private TaskForms forms;

  /** What the task forms show, read over HTTP as Tasklist reads it. */
  private TaskForms forms() {
    return forms == null ? forms = new TaskForms(port, engine) : forms;
  }


  static final String PROCESS = "s02-basic-pension-payment-assignment";
  static final String WITHOUT_RESIDENCE = "application,identity_document,bank_account_details";
  static final String COMPLETE_BEFORE = WITHOUT_RESIDENCE + ",residence_registration_proof";
  static final String EMPLOYMENT_RECORD = "employment_record_book";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired ApplicationRecords records;
  @Autowired StandardsCatalog catalog;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @LocalServerPort int port;

  ProcessScenario scenario;
  List<StandardsCatalog.AmendmentFile> inForce;

  /** The applications running before each test: the test ends only its own. */
  java.util.Set<String> runningBefore;

  @BeforeEach
  void amendmentDeployed() {
    runningBefore = running();
    inForce = catalog.amendments();
    catalog.putInForce(StandardsCatalog.loadAmendments("classpath*:amendments-fictitious/*.yaml"));
    scenario = new ProcessScenario(engine);
  }

  @AfterEach
  void amendmentWithdrawn() {
    // Applications on a fictitious wording (the akim's channel among them) must not outlive it: a later
    // test's calendar correction re-derives every running application's dates from its wording.
    running().stream().filter(id -> !runningBefore.contains(id)).forEach(id -> engine.getRuntimeService()
        .deleteProcessInstance(id, "S02AmendmentTest: its fictitious amendments are withdrawn", true, true));
    catalog.putInForce(inForce);
    ProcessScenario.resetClock();
  }

  private java.util.Set<String> running() {
    return engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).collect(java.util.stream.Collectors.toSet());
  }

  private String submit(String channel, String documents) {
    scenario = new ProcessScenario(engine);
    scenario.start(PROCESS, Map.of("channel", channel, "applicantName", "Сапарова Айгүл Маратқызы",
        "applicantIin", TestIins.random("8501013"), "documentsSubmitted", documents));
    return scenario.instance().getBusinessKey();
  }

  @Test
  void submittedTheEveningBefore_keepsTenWorkingDaysAndTheResidenceDocument() {
    clockAt("2026-03-22T23:59");  // Sunday, 18:59 UTC: the day before in Kazakhstan
    String complete = submit("psc", COMPLETE_BEFORE);
    // 10 working days from Thursday 26 March, the first working day after Nauryz: Wednesday 8 April.
    assertThat(scenario.variable("statutoryDueDate")).isEqualTo(at("2026-04-08T18:00"));
    assertThat(scenario.variable("wordingEffectiveFrom")).isEqualTo("2014-03-11");
    assertThat(records.wordingOf(complete)).contains(LocalDate.of(2014, 3, 11));
    assertThat((String) scenario.variable("requiredDocuments")).contains("residence_registration_proof");
    // The decree's own wording is not named on the task form; an amended one is (below).
    assertThat(forms().shown(scenario.task("UserTask_ForwardPackage").getId(),
        "wordingText")).isNull();

    String incomplete = submit("psc", WITHOUT_RESIDENCE);
    // The PSC refuses to accept a package without it (p. 10): the decree's wording still asks for it.
    assertThat(scenario.variable("missingDocuments")).isEqualTo("residence_registration_proof");
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(records.find(incomplete).orElseThrow().status()).isEqualTo(ApplicationStatus.REFUSED_TO_ACCEPT);
  }

  @Test
  void submittedOnTheDayItTakesEffect_getsEightWorkingDaysWithoutTheResidenceDocument() {
    clockAt("2026-03-23T00:01");  // Monday, a holiday; still 22 March in UTC
    String id = submit("psc", WITHOUT_RESIDENCE);
    assertThat(scenario.variable("wordingEffectiveFrom")).isEqualTo("2026-03-23");
    assertThat(records.wordingOf(id)).contains(LocalDate.of(2026, 3, 23));
    assertThat(scenario.variable("packageComplete")).isEqualTo(true);
    assertThat(scenario.variable("missingDocuments")).isEqualTo("");
    assertThat((String) scenario.variable("requiredDocuments")).doesNotContain("residence_registration_proof");
    // 8 working days from Thursday 26 March: Monday 6 April.
    assertThat(scenario.variable("statutoryDueDate")).isEqualTo(at("2026-04-06T18:00"));
    assertThat(scenario.task("UserTask_ForwardPackage").getDueDate()).isEqualTo(at("2026-04-06T18:00"));
    assertThat(records.find(id).orElseThrow().dueAt().toInstant()).isEqualTo(at("2026-04-06T18:00").toInstant());
    // The operator's form names the wording, in both languages, with the act and its number.
    assertThat((String) forms().shown(scenario.task("UserTask_ForwardPackage").getId(),
        "wordingText")).startsWith("23.03.2026 бастап: ").contains(" / с 23.03.2026: ").contains("№ 0-TEST");
  }

  @Test
  void submittedBeforeAndProcessedAfter_keepsTheRulesItBeganUnder() {
    clockAt("2026-03-20T10:00");  // Friday, the last working day before the amendment
    String id = submit("ztmo", COMPLETE_BEFORE);
    assertThat(scenario.variable("statutoryDueDate")).isEqualTo(at("2026-04-08T18:00"));

    // Reviewed on Friday 27 March under the amended wording's reign: errors of the office extend the
    // term by 5 working days from the application's own 10-day term (8 April), not from an 8-day one.
    clockAt("2026-03-27T11:00");
    scenario.complete("UserTask_ReviewApplication",
        Map.of("decision", "errors-found", "errorsFound", "Еңбек өтілі қате есептелген / Неверно исчислен стаж"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-04-15T18:00"));
    assertThat(records.find(id).orElseThrow().dueAt().toInstant()).isEqualTo(at("2026-04-15T18:00").toInstant());
    assertThat(scenario.variable("wordingEffectiveFrom")).isEqualTo("2014-03-11");
  }

  @Test
  void theApplicationsDetail_namesTheWordingItAnswersTo() throws Exception {
    HttpClientForTests http = new HttpClientForTests(port);
    clockAt("2026-03-20T10:00");
    String before = submit("ztmo", COMPLETE_BEFORE);
    clockAt("2026-03-23T10:00");
    String after = submit("ztmo", WITHOUT_RESIDENCE);

    JsonNode old = detail(http, before).get("wording");
    assertThat(old.get("id").asText()).isEqualTo("s02@2014-03-11");
    assertThat(old.get("effectiveFrom").asText()).isEqualTo("2014-03-11");
    assertThat(old.get("act").get("number").asText()).isEqualTo("217");
    assertThat(old.get("act").get("date").asText()).isEqualTo("2014-03-11");
    assertThat(old.has("changesRu")).isFalse();
    assertThat(old.has("fictitious")).isFalse();

    JsonNode amended = detail(http, after).get("wording");
    assertThat(amended.get("id").asText()).isEqualTo("s02@2026-03-23");
    assertThat(amended.get("act").get("number").asText()).isEqualTo("0-TEST");
    assertThat(amended.get("act").get("titleRu").asText()).contains("вымышленный");
    assertThat(amended.get("changesRu").asText()).contains("с 10 до 8 рабочих дней");
    assertThat(amended.get("fictitious").asBoolean()).isTrue();
    assertThat(detail(http, after).get("dueDate").asText()).isEqualTo("2026-04-06");
  }

  @Test
  void theSlaReport_splitsAStandardsFiguresByWording() throws Exception {
    HttpClientForTests http = new HttpClientForTests(port);
    clockAt("2026-03-20T10:00");
    submit("ztmo", COMPLETE_BEFORE);
    clockAt("2026-03-23T10:00");
    submit("ztmo", WITHOUT_RESIDENCE);
    submit("psc", WITHOUT_RESIDENCE);

    // On 3 April neither is due yet; the figures count every open application of each wording.
    clockAt("2026-04-03T12:00");
    JsonNode report = JSON.readTree(http.get("/api/v1/sla/standards/2?byWording=true", "process.owner", "demo").body());
    JsonNode wordings = report.get("standards").get(0).get("wordings");
    // Both wordings, oldest first; then any other recorded, and the applications with no wording recorded
    // (the SLA tests' rows written by hand).
    JsonNode decree = wordings.get(0);
    JsonNode amended = wordings.get(1);
    long sum = 0;
    for (JsonNode w : wordings) {
      sum += w.get("open").asLong();
    }
    // (other scenarios of this class leave applications of the later fictitious wordings: listed after these)
    assertThat(wordings.size()).isGreaterThanOrEqualTo(2);
    assertThat(decree.get("wording").asText()).isEqualTo("s02@2014-03-11");
    assertThat(decree.get("actNumber").asText()).isEqualTo("217");
    assertThat(amended.get("wording").asText()).isEqualTo("s02@2026-03-23");
    assertThat(amended.get("actNumber").asText()).isEqualTo("0-TEST");
    long open = report.get("standards").get(0).get("open").asLong();
    assertThat(sum).isEqualTo(open);
    assertThat(amended.get("open").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(decree.get("open").asLong()).isGreaterThanOrEqualTo(1);

    // Past 8 April 18:00 the amended applications' 8-day terms (2 and 6 April) and the decree's 10-day
    // one (8 April) have ended, none answered: each wording counts its own as ended and breached.
    clockAt("2026-04-09T09:00");
    JsonNode later = JSON.readTree(http.get("/api/v1/sla/standards/2?byWording=true", "process.owner", "demo").body())
        .get("standards").get(0).get("wordings");
    assertThat(later.get(1).get("termsEnded30Days").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(later.get(1).get("termsBreached30Days").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(later.get(0).get("termsBreached30Days").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(later.get(1).get("overdue").asLong()).isGreaterThanOrEqualTo(2);

    // Without the parameter the report keeps its shape: no split.
    JsonNode plain = JSON.readTree(http.get("/api/v1/sla/standards/2", "process.owner", "demo").body());
    assertThat(plain.get("standards").get(0).has("wordings")).isFalse();
  }

  /** The same amendment, had its act said that running applications move to it. */
  private void amendmentMovesRunningApplications() {
    var file = StandardsCatalog.loadAmendments("classpath*:amendments-fictitious/s02-2026-03-23.yaml").get(0);
    Amendment a = file.amendment();
    catalog.putInForce(List.of(new StandardsCatalog.AmendmentFile(file.name(), new Amendment(a.standard(),
        a.effectiveFrom(), a.act(), a.changesKk(), a.changesRu(), a.changesEn(), a.textKk(), a.fictitious(), true,
        "p. 2 of the (fictitious) act: applications under review move to the new term", a.channels(), a.channelsAdded(),
        a.caseTypesAdded(), a.flagsAdded(), a.documentsAs(), a.terms(),
        a.extensions(), a.refusalGrounds(), a.documentsDropped(), a.documentsAdded()))));
  }

  @Test
  void anAmendmentThatKeepsRunningApplications_refusesToMoveThem() throws Exception {
    HttpClientForTests http = new HttpClientForTests(port);
    clockAt("2026-03-24T10:00");
    var refused = http.post("/api/v1/standards/2/wordings/2026-03-23/migration?dryRun=true", "demo", "demo", null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("runningApplicationsMove: false");
  }

  @Test
  void transitionalProvisions_aDryRunListsTheMovesThenTheMoveRederivesAndAuditsTheDates() throws Exception {
    amendmentMovesRunningApplications();
    HttpClientForTests http = new HttpClientForTests(port);
    clockAt("2026-03-20T10:00");
    String moving = submit("ztmo", COMPLETE_BEFORE);
    String staying = submit("psc", COMPLETE_BEFORE);
    clockAt("2026-03-24T10:00");
    String path = "/api/v1/standards/2/wordings/2026-03-23/migration";

    // The dry run lists both with their due dates now and under the new wording, and writes nothing.
    var dry = http.post(path + "?dryRun=true", "demo", "demo", null);
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    JsonNode plan = JSON.readTree(dry.body());
    assertThat(plan.get("dryRun").asBoolean()).isTrue();
    assertThat(plan.get("wording").asText()).isEqualTo("s02@2026-03-23");
    JsonNode listed = null;
    for (JsonNode move : plan.get("applications")) {
      if (move.get("applicationId").asText().equals(moving)) {
        listed = move;
      }
    }
    assertThat(listed).as(dry.body()).isNotNull();
    assertThat(listed.get("fromWording").asText()).isEqualTo("s02@2014-03-11");
    assertThat(listed.get("dueDate").asText()).isEqualTo("2026-04-08");
    assertThat(listed.get("newDueDate").asText()).isEqualTo("2026-04-06");
    assertThat(records.wordingOf(moving)).contains(LocalDate.of(2014, 3, 11));
    assertThat(records.find(moving).orElseThrow().dueAt().toInstant()).isEqualTo(at("2026-04-08T18:00").toInstant());

    // The move itself, of the chosen application only.
    var moved = http.post(path + "?dryRun=false&applicationId=" + moving, "demo", "demo", null);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(JSON.readTree(moved.body()).get("count").asInt()).isEqualTo(1);
    assertThat(records.wordingOf(moving)).contains(LocalDate.of(2026, 3, 23));
    assertThat(records.find(moving).orElseThrow().dueAt().toInstant()).isEqualTo(at("2026-04-06T18:00").toInstant());
    List<String> instances = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(moving)
        .list().stream().map(i -> i.getId()).toList();
    assertThat(instances.stream().flatMap(i -> engine.getManagementService().createJobQuery().processInstanceId(i)
        .timers().list().stream()).toList())
        .anyMatch(job -> job.getDuedate().equals(at("2026-04-06T18:00")));
    assertThat(records.deadlineChanges(moving)).extracting(c -> c.kind())
        .contains("WORDING_MIGRATED");
    assertThat(records.deadlineChanges(moving)).anyMatch(c -> c.by() != null && c.by().equals("demo")
        && c.due().equals(at("2026-04-06T18:00")) && c.previousDue().equals(at("2026-04-08T18:00")));
    assertThat(records.wordingOf(staying)).contains(LocalDate.of(2014, 3, 11));
    assertThat(records.find(staying).orElseThrow().dueAt().toInstant()).isEqualTo(at("2026-04-08T18:00").toInstant());
    assertThat(detail(http, moving).get("wording").get("id").asText()).isEqualTo("s02@2026-03-23");

    // Moved already: it is no longer a candidate.
    var again = http.post(path + "?dryRun=false&applicationId=" + moving, "demo", "demo", null);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
  }

  @Test
  void theReceipt_namesTheWordingItAnswersTo() throws Exception {
    HttpClientForTests http = new HttpClientForTests(port);
    clockAt("2026-03-20T10:00");
    String before = submit("ztmo", COMPLETE_BEFORE);
    clockAt("2026-03-23T10:00");
    String after = submit("ztmo", WITHOUT_RESIDENCE);

    String decree = "Редакция стандарта постановление Правительства РК от 11.03.2014 № 217";
    assertThat(receiptText(http, before)).contains(decree).doesNotContain("с изменениями");
    assertThat(receiptText(http, after)).contains(decree + ", с изменениями, внесёнными актом от")
        .contains("№ 0-TEST").contains("действующая с 23.03.2026");
  }

  @Test
  void aDocumentAddedLater_isRequiredAtThePscFromItsDay_andNamedInKazakhAndRussian() throws Exception {
    // The second fictitious amendment (amendments-fictitious-later): from Wednesday 1 April 2026 the PSC
    // also takes the employment record book (p. 9(6) as it adds it).
    var both = new java.util.ArrayList<>(StandardsCatalog.loadAmendments("classpath*:amendments-fictitious/*.yaml"));
    both.addAll(StandardsCatalog.loadAmendments("classpath*:amendments-fictitious-later/*.yaml"));
    catalog.putInForce(both);
    HttpClientForTests http = new HttpClientForTests(port);

    // Submitted the day before, under the wording of 23 March: not asked for it.
    clockAt("2026-03-31T10:00");
    String earlier = submit("psc", WITHOUT_RESIDENCE);
    assertThat(scenario.variable("wordingEffectiveFrom")).isEqualTo("2026-03-23");
    assertThat(scenario.variable("packageComplete")).isEqualTo(true);
    assertThat((String) scenario.variable("requiredDocuments")).doesNotContain(EMPLOYMENT_RECORD);
    assertThat(records.find(earlier).orElseThrow().status()).isNotEqualTo(ApplicationStatus.REFUSED_TO_ACCEPT);

    // From 1 April the PSC refuses to accept a package without it, and names it.
    clockAt("2026-04-01T10:00");
    String without = submit("psc", WITHOUT_RESIDENCE);
    assertThat(scenario.variable("wordingEffectiveFrom")).isEqualTo("2026-04-01");
    assertThat(scenario.variable("missingDocuments")).isEqualTo(EMPLOYMENT_RECORD);
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(records.find(without).orElseThrow().status()).isEqualTo(ApplicationStatus.REFUSED_TO_ACCEPT);
    assertThat(receiptText(http, without, "ru")).contains("Недостающие документы № Наименование документа Пункт стандарта 1. Трудовая книжка пункт 9, подпункт 6)");

    // With it the package is accepted; the operator's form and the receipt name it in both languages.
    String with = submit("psc", WITHOUT_RESIDENCE + "," + EMPLOYMENT_RECORD);
    assertThat(scenario.variable("packageComplete")).isEqualTo(true);
    assertThat(scenario.variable("missingDocuments")).isEqualTo("");
    assertThat((String) scenario.variable("requiredDocuments")).contains(EMPLOYMENT_RECORD);
    String taskId = scenario.task("UserTask_ForwardPackage").getId();
    assertThat((String) forms().shown(taskId, "documentsSubmittedText"))
        .contains("еңбек кітапшасы / трудовая книжка");
    assertThat((String) forms().shown(taskId, "requiredDocumentsText"))
        .contains("еңбек кітапшасы / трудовая книжка");
    // (a receipt writes a document's name with a capital letter)
    assertThat(receiptText(http, with, "ru")).contains("Принятые документы").contains("Трудовая книжка пункт 9, подпункт 6)");
    assertThat(receiptText(http, with, "kk")).contains("Еңбек кітапшасы");

    // Only at the PSC: ZTMO accepts the same package without it.
    submit("ztmo", WITHOUT_RESIDENCE);
    assertThat(scenario.variable("packageComplete")).isEqualTo(true);
    assertThat((String) scenario.variable("requiredDocuments")).doesNotContain(EMPLOYMENT_RECORD);

    // The API takes its code as a document of standard 2, and lists it among today's required
    // documents at the PSC by its names.
    var body = JSON.createObjectNode().put("standard", 2).put("channel", "psc");
    body.putObject("applicant").put("iin", TestIins.random("8501013")).put("fullName", "Сапарова Айгүл Маратқызы");
    body.putArray("documents").add("application").add("identity_document").add("bank_account_details")
        .add(EMPLOYMENT_RECORD);
    var submitted = http.post("/api/v1/applications", "integration.client", "demo", body.toString());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("documents")).add("employment_record_book_2");
    ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("applicant")).put("iin", TestIins.random("8501013"));
    var unknown = http.post("/api/v1/applications", "integration.client", "demo", body.toString());
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.body()).contains("'employment_record_book_2' is not a document of standard 2")
        .doesNotContain("'" + EMPLOYMENT_RECORD + "'");
    var listed = http.get("/api/v1/standards/2/required-documents?channel=psc", "integration.client", "demo");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(JSON.readTree(listed.body()).findValuesAsText("nameRu")).contains("трудовая книжка");
  }

  static final String SURNAME_CHANGE = "surname_change_document";

  /** The three fictitious amendments of standard 2: 23 March, 1 April and 4 May (a channel and a flag added). */
  private void threeAmendmentsInForce() {
    var all = new java.util.ArrayList<>(StandardsCatalog.loadAmendments("classpath*:amendments-fictitious/*.yaml"));
    all.addAll(StandardsCatalog.loadAmendments("classpath*:amendments-fictitious-later/*.yaml"));
    all.addAll(StandardsCatalog.loadAmendments("classpath*:amendments-fictitious-channel/*.yaml"));
    catalog.putInForce(all);
  }

  private String submit(String channel, String flags, String documents) {
    scenario = new ProcessScenario(engine);
    scenario.start(PROCESS, Map.of("channel", channel, "applicantName", "Сапарова Айгүл Маратқызы",
        "applicantIin", TestIins.random("8501013"), "applicantFlags", flags, "documentsSubmitted", documents));
    return scenario.instance().getBusinessKey();
  }

  private static String apiApplication(String channel, List<String> flags, List<String> documents) {
    var body = JSON.createObjectNode().put("standard", 2).put("channel", channel);
    body.putObject("applicant").put("iin", TestIins.random("8501013")).put("fullName", "Сапарова Айгүл Маратқызы");
    flags.forEach(body.putArray("flags")::add);
    documents.forEach(body.putArray("documents")::add);
    return body.toString();
  }

  @Test
  void aChannelAddedByAnAmendment_isRefusedBeforeItsDay_andFromItsDayAsksThePscsDocuments() throws Exception {
    // The third fictitious amendment (amendments-fictitious-channel): from Monday 4 May 2026 the akim of a
    // rural district takes applications too, asking for what the PSC asks for (documentsAs: psc).
    threeAmendmentsInForce();
    HttpClientForTests http = new HttpClientForTests(port);
    List<String> pscPackage = List.of("application", "identity_document", "bank_account_details", EMPLOYMENT_RECORD);

    // Sunday 3 May: no such channel yet, by the API and by the standards pages.
    clockAt("2026-05-03T10:00");
    var early = http.post("/api/v1/applications", "integration.client", "demo",
        apiApplication("akim", List.of(), pscPackage));
    assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("'akim' is not a channel of standard 2 on 2026-05-03 "
        + "(channels: ztmo, psc, portal; wording s02@2026-04-01)");
    // A start by any other door (Tasklist, the engine REST API) is checked the same way, by the engine's clock,
    // and refused with the worker's words.
    assertThatThrownBy(() -> submit("akim", WITHOUT_RESIDENCE + "," + EMPLOYMENT_RECORD))
        .hasMessageContaining("Канал приёма «akim»: не предусмотрено этим стандартом");
    JsonNode sunday = JSON.readTree(http.get("/api/v1/standards/2", "integration.client", "demo").body());
    assertThat(sunday.get("wording").get("id").asText()).isEqualTo("s02@2026-04-01");
    assertThat(sunday.get("channels").toString()).isEqualTo("[\"ztmo\",\"psc\",\"portal\"]");
    var notYet = http.get("/api/v1/standards/2/required-documents?channel=akim", "integration.client", "demo");
    assertThat(notYet.statusCode()).as(notYet.body()).isEqualTo(400);
    // ... but the standard as worded from the 4th may be read ahead, and as worded before its amendments.
    JsonNode monday = JSON.readTree(http.get("/api/v1/standards/2?on=2026-05-04", "integration.client", "demo").body());
    assertThat(monday.get("wording").get("id").asText()).isEqualTo("s02@2026-05-04");
    assertThat(monday.get("wording").get("act").get("number").asText()).isEqualTo("0-TEST-3");
    assertThat(monday.get("channels").toString()).isEqualTo("[\"ztmo\",\"psc\",\"portal\",\"akim\"]");
    assertThat(monday.get("names").get("channels").get("akim").get("nameRu").asText()).isEqualTo("Аким сельского округа");
    assertThat(monday.get("names").get("flags").has("surname-changed")).isTrue();
    assertThat(monday.get("deadlines").toString()).contains("{\"channel\":\"akim\",\"value\":10,\"unit\":\"working_days\"}");
    JsonNode decree = JSON.readTree(http.get("/api/v1/standards?on=2026-03-01", "integration.client", "demo").body());
    assertThat(decree.get(0).get("wording").get("id").asText()).isEqualTo("s01@2014-03-11");
    JsonNode second = decree.get(1);
    assertThat(second.get("number").asInt()).isEqualTo(2);
    assertThat(second.get("wording").get("id").asText()).isEqualTo("s02@2014-03-11");
    assertThat(second.get("deadlines").toString()).contains("{\"channel\":\"psc\",\"value\":10,");
    String documentsOn4May = "/api/v1/standards/2/required-documents?on=2026-05-04&channel=";
    List<String> atAkim = JSON.readTree(http.get(documentsOn4May + "akim", "integration.client", "demo").body())
        .findValuesAsText("code");
    List<String> atPsc = JSON.readTree(http.get(documentsOn4May + "psc", "integration.client", "demo").body())
        .findValuesAsText("code");
    assertThat(atAkim).isEqualTo(atPsc).contains(EMPLOYMENT_RECORD).doesNotContain("residence_registration_proof");
    var badDay = http.get("/api/v1/standards/2?on=2026-05-32", "integration.client", "demo");
    assertThat(badDay.statusCode()).as(badDay.body()).isEqualTo(400);
    assertThat(badDay.body()).contains("on must be a day, YYYY-MM-DD");

    // Monday 4 May: taken.
    clockAt("2026-05-04T10:00");
    var taken = http.post("/api/v1/applications", "integration.client", "demo",
        apiApplication("akim", List.of(), pscPackage));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);

    // Without the employment record book the akim refuses to accept, as the PSC does, and the receipt names it.
    String without = submit("akim", WITHOUT_RESIDENCE);
    assertThat(scenario.variable("wordingEffectiveFrom")).isEqualTo("2026-05-04");
    assertThat(scenario.variable("missingDocuments")).isEqualTo(EMPLOYMENT_RECORD);
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(receiptText(http, without, "ru")).contains("Недостающие документы").contains("Трудовая книжка");

    // With it: accepted, the PSC's documents required, due in the akim's own 10 working days (5, 6, 8, 12-15,
    // 18-20 May: 7 May and Monday 11 May, for Victory Day on a Saturday, are off). The portal's events name
    // the wording (a subscription to standard 2; what it writes is read from the outbox).
    var subscribed = http.post("/api/v1/subscriptions", "integration.client", "demo",
        "{\"callbackUrl\": \"http://127.0.0.1:9/none\", \"standards\": [2]}");
    assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
    String with;
    try {
      with = submit("akim", WITHOUT_RESIDENCE + "," + EMPLOYMENT_RECORD);
    } finally {
      http.send(http.request("/api/v1/subscriptions/" + JSON.readTree(subscribed.body()).get("id").asText(),
          "integration.client", "demo").DELETE().build());
    }
    List<String> events = jdbc.queryForList("select payload from qz_event where application_id = ?", String.class, with);
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(JSON.readTree(e).get("application").get("wording")
        .asText()).isEqualTo("s02@2026-05-04"));
    assertThat(scenario.variable("packageComplete")).isEqualTo(true);
    assertThat(List.of(((String) scenario.variable("requiredDocuments")).split(","))).containsExactlyElementsOf(atPsc);
    assertThat(scenario.variable("statutoryDueDate")).isEqualTo(at("2026-05-20T18:00"));
    assertThat(detail(http, with).get("wording").get("id").asText()).isEqualTo("s02@2026-05-04");
    assertThat(receiptText(http, with, "ru")).contains("Трудовая книжка").contains("действующая с 04.05.2026");
    var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(with).singleResult();
    assertThat((String) forms().shown(task.getId(), "channelText"))
        .isEqualTo("Ауылдық округ әкімі / Аким сельского округа");
    assertThat((String) forms().shown(task.getId(), "requiredDocumentsText"))
        .contains("еңбек кітапшасы / трудовая книжка");
  }

  @Test
  void aFlagAddedByAnAmendment_bringsItsDocumentFromItsDay_andAnApplicationSubmittedBeforeKeepsTheOldRules()
      throws Exception {
    threeAmendmentsInForce();
    HttpClientForTests http = new HttpClientForTests(port);
    List<String> ztmoPackage = List.of("application", "identity_document", "bank_account_details");

    // Thursday 30 April: no such flag yet.
    clockAt("2026-04-30T10:00");
    var early = http.post("/api/v1/applications", "integration.client", "demo",
        apiApplication("ztmo", List.of("surname-changed"), ztmoPackage));
    assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("'surname-changed' is not an applicant flag of standard 2 as worded from "
        + "2026-04-01 (flags: representative, oralman, guardian)");
    String before = submit("ztmo", "", WITHOUT_RESIDENCE);
    assertThat(scenario.variable("wordingEffectiveFrom")).isEqualTo("2026-04-01");

    // Monday 4 May: an applicant whose surname changed brings the document confirming it; its name is on the form.
    clockAt("2026-05-04T10:00");
    String flagged = submit("ztmo", "surname-changed", WITHOUT_RESIDENCE);
    assertThat((String) scenario.variable("requiredDocuments")).contains(SURNAME_CHANGE);
    assertThat(scenario.variable("missingDocuments")).isEqualTo(SURNAME_CHANGE);
    var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(flagged).singleResult();
    assertThat((String) forms().shown(task.getId(), "applicantFlagsText"))
        .isEqualTo("тегі өзгерген жағдайда / Фамилия услугополучателя изменена");
    assertThat((String) forms().shown(task.getId(), "requiredDocumentsText"))
        .contains("тегінің өзгергенін растайтын құжат / документ, подтверждающий перемену фамилии");
    assertThat(String.valueOf(forms().shown(task.getId(), "requestableDocumentOptions")))
        .contains(SURNAME_CHANGE);
    var taken = http.post("/api/v1/applications", "integration.client", "demo",
        apiApplication("ztmo", List.of("surname-changed"), List.of("application", "identity_document",
            "bank_account_details", SURNAME_CHANGE)));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);

    // The application of 30 April, reviewed again on 5 May (errors of the office found and corrected), keeps
    // the wording of 1 April: the review's form, made anew that day, cannot request the document.
    clockAt("2026-05-05T10:00");
    var tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(before).singleResult().getId(),
        Map.of("decision", "errors-found", "errorsFound", "Еңбек өтілі қате есептелген / Неверно исчислен стаж"));
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(before).taskDefinitionKey("UserTask_CorrectErrors")
        .singleResult().getId(), Map.of("correctionNote", "Түзетілді / Исправлено"));
    var again = tasks.createTaskQuery().processInstanceBusinessKey(before).singleResult();
    assertThat(again.getTaskDefinitionKey()).isEqualTo("UserTask_ReviewApplication");
    assertThat(again.getCreateTime()).isEqualTo(at("2026-05-05T10:00"));
    assertThat(detail(http, before).get("wording").get("id").asText()).isEqualTo("s02@2026-04-01");
    assertThat(String.valueOf(forms().shown(again.getId(), "requestableDocumentOptions")))
        .contains("identity_document").doesNotContain(SURNAME_CHANGE);
  }

  /** The receipt of acceptance in Russian, as its text reads (whitespace as single spaces). */
  private static String receiptText(HttpClientForTests http, String id) throws Exception {
    return receiptText(http, id, "ru");
  }

  /** The application's receipt (of acceptance, or of refusal to accept) in a language, as its text reads. */
  private static String receiptText(HttpClientForTests http, String id, String lang) throws Exception {
    var response = http.client().send(http.request("/api/v1/applications/" + id + "/receipt?lang=" + lang,
        "integration.client", "demo").header("Accept", "application/pdf").GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static JsonNode detail(HttpClientForTests http, String id) throws Exception {
    var response = http.get("/api/v1/applications/" + id, "integration.client", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
