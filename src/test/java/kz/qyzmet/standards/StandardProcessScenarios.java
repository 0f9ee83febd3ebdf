package kz.qyzmet.standards;

import kz.qyzmet.tasklist.TaskForms;
import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.ChannelFunction;
import kz.qyzmet.catalog.Extension;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.intake.ApplicationRefused;
import kz.qyzmet.process.CodeList;
import kz.qyzmet.process.DecisionRefused;
import kz.qyzmet.process.ReviewOptions;
import kz.qyzmet.process.WorkGroups;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scenarios every standard's process must pass, run by each standard's own test class with its
 * facts: which standard, and the statutory due date it expects for an application submitted on
 * Wednesday 18 March 2026 at 10:00, just before Nauryz (21-25 March off). The packages handed in are
 * read from the standard's own decision table, so each scenario also exercises that table.
 */
abstract class StandardProcessScenarios {

  static final String SUBMITTED = "2026-03-18T10:00";

  @Autowired ProcessEngine engine;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired ApplicationRecords records;
  @Autowired StandardsCatalog catalog;
  @Autowired RequiredDocuments requiredDocuments;

  ProcessScenario scenario;
  /** Each scenario has an applicant of its own: the portal's answers read the applicant's history. */
  final String applicantIin = TestIins.random("8501013");

  /** The standard under test. */
  abstract int standardNumber();

  /** The statutory due date (local Almaty time) at a channel, for a submission at {@link #SUBMITTED}. */
  abstract String expectedDueDate(String channel);

  /** The case type to apply under; empty for standards without case types. */
  String caseType() {
    return "";
  }

  Standard standard() {
    return catalog.require(standardNumber());
  }

  @BeforeEach
  void submittedJustBeforeNauryz() {
    clockAt(SUBMITTED);
    scenario = new ProcessScenario(engine);
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  /** Channels where a worker takes the application in (not the portal's information answers). */
  List<String> applicationChannels() {
    return standard().channels().stream()
        .filter(c -> c.takesApplications() && !c.does(ChannelFunction.INFORMATION_ONLY))
        .map(Channel::id).toList();
  }

  /** The documents the table requires here; of alternatives, the first. */
  String completePackage(String channel) {
    return completePackage(requiredDocuments, standardNumber(), channel, caseType());
  }

  /** The documents a standard's table requires at a channel for a case type; of alternatives, the first. */
  static String completePackage(RequiredDocuments requiredDocuments, int standard, String channel, String caseType) {
    Set<String> groups = new LinkedHashSet<>();
    List<String> codes = new ArrayList<>();
    for (RequiredDocument document : requiredDocuments.evaluate(standard, channel, caseType, List.of(), null)) {
      String group = document.alternativeGroup();
      if (group == null || group.isBlank() || groups.add(group)) {
        codes.add(document.code());
      }
    }
    return CodeList.format(codes);
  }


  void submit(String channel, String documents) {
    scenario.start(standard().processKey(), Map.of("channel", channel, "caseType", caseType(),
        "applicantName", "Сапарова Айгүл Маратқызы", "applicantIin", applicantIin, "documentsSubmitted", documents));
  }

  /** Takes the application to the specialist's review (the PSC forwards it first). */
  void toReview(String channel) {
    submit(channel, completePackage(channel));
    if ("psc".equals(channel)) {
      scenario.complete("UserTask_ForwardPackage");
    }
  }

  String firstOfficeChannel() {
    return applicationChannels().stream().filter(c -> !c.equals("portal")).findFirst().orElseThrow();
  }

  @Test
  void everyChannelsHappyPath_carriesTheStatutoryDueDate_andEndsGranted() {
    assertThat(applicationChannels()).isNotEmpty();
    for (String channel : applicationChannels()) {
      clockAt(SUBMITTED);
      toReview(channel);
      var review = scenario.task("UserTask_ReviewApplication");
      assertThat(review.getDueDate()).as("due date at %s", channel).isEqualTo(at(expectedDueDate(channel)));
      assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at(expectedDueDate(channel)));
      scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
      if (!"portal".equals(channel)) {
        scenario.complete("UserTask_HandOverResult");
      }
      assertThat(scenario.ended()).as("ended at %s", channel).isTrue();
      assertThat(scenario.path()).as("path at %s", channel).endsWith("EndEvent_Granted");
      assertThat(records.find(scenario.instance().getBusinessKey()).orElseThrow().status())
          .isEqualTo(ApplicationStatus.GRANTED);
    }
  }

  @Test
  void pscRefusesToAcceptAnIncompletePackage() {
    if (!applicationChannels().contains("psc")) {
      // Not a PSC service: an application there has no statutory term and is not started.
      assertThatThrownBy(() -> submit("psc", "application")).isInstanceOf(ApplicationRefused.class)
          .hasMessageContaining("Канал приёма «psc»: не предусмотрено этим стандартом");
      return;
    }
    List<String> complete = CodeList.parse(completePackage("psc"));
    submit("psc", CodeList.format(complete.subList(0, complete.size() - 1)));
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat((String) scenario.variable("missingDocuments")).contains(complete.get(complete.size() - 1));
    assertThat(scenario.path()).endsWith("EndEvent_RefusedToAccept");
  }

  @Test
  void refusalOnOneOfItsGrounds_endsRefused() {
    String channel = firstOfficeChannel();
    toReview(channel);
    String ground = standard().refusalGrounds().stream().filter(g -> !"intake".equals(g.stage()))
        .map(g -> g.code()).findFirst().orElse("no-right-to-the-service");
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "refuse", "refusalGround", ground));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("REFUSED");
    assertThat(scenario.variable("refusalGround")).isEqualTo(ground);
    assertThat(scenario.path()).endsWith("EndEvent_Refused");
  }

  @Test
  void documentRequest_extendsToTheCap_thenTheTermRunsFromTheirArrival() {
    String channel = firstOfficeChannel();
    var request = standard().extension(Extension.DOCUMENT_REQUEST, channel);
    toReview(channel);
    clockAt("2026-03-20T11:00");
    if (request.isEmpty()) {
      // The standard allows no document request: the law's term cannot be extended that way.
      assertThat(decisionOptions()).doesNotContain(ReviewOptions.REQUEST_DOCUMENTS);
      assertThatThrownBy(() -> scenario.complete("UserTask_ReviewApplication",
          Map.of("decision", "request-documents", "requestedDocuments", "additional_document")))
          .isInstanceOf(DecisionRefused.class).hasMessageContaining("законом не предусмотрено");
      assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at(expectedDueDate(channel)));
      return;
    }
    assertThat(decisionOptions()).contains(ReviewOptions.REQUEST_DOCUMENTS);
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "request-documents",
        "requestedDocuments", "additional_document"));
    if (request.get().runsWithinTerm()) {
      // A request within the term (standard 30, p. 9) extends nothing: awaited until the statutory date.
      assertThat(scenario.task("UserTask_ReceiveDocuments").getDueDate()).isEqualTo(at(expectedDueDate(channel)));
      return;
    }
    // 30 working days from 18 March end on 5 May (1 May is a holiday); the notice is due in 5.
    assertThat(scenario.task("UserTask_ReceiveDocuments").getDueDate()).isEqualTo(at("2026-05-05T18:00"));
    // The notice in 5 working days where the standard states it, else by the cap.
    assertThat(scenario.task("UserTask_NotifyApplicant").getDueDate()).isEqualTo(at(
        request.get().notifyApplicant() != null ? "2026-04-01T18:00" : "2026-05-05T18:00"));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at("2026-05-05T18:00"));

    clockAt("2026-04-10T12:00");
    engine.getRuntimeService().createMessageCorrelation("DocumentsDelivered")
        .processInstanceBusinessKey(scenario.instance().getBusinessKey())
        .setVariable("documentsDelivered", "additional_document").correlate();
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at(expectedDueAfterDocuments()));
    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
  }

  /** The due date after documents requested on 20 March arrive on Friday 10 April. */
  String expectedDueAfterDocuments() {
    return "2026-04-24T18:00";
  }

  @Test
  void deadlineBreach_escalatesToTheHeadOnTheDueDay() {
    String channel = firstOfficeChannel();
    toReview(channel);
    String due = expectedDueDate(channel);
    scenario.moveClockAndFireTimers(java.time.LocalDateTime.parse(due).minusMinutes(1).toString());
    assertThat(records.breachCount(scenario.instance().getBusinessKey())).isZero();
    scenario.moveClockAndFireTimers(due);
    assertThat(records.breachKinds(scenario.instance().getBusinessKey())).containsExactly("SERVICE_TERM");
    assertThat(scenario.task("UserTask_AnswerBreach")).isNotNull();
    assertThat(scenario.task("UserTask_ReviewApplication")).isNotNull();
  }

  @Test
  void portalInformationRequest_isAnsweredAutomatically() {
    var information = standard().channels().stream().filter(c -> c.does(ChannelFunction.INFORMATION_ONLY)).findFirst();
    if (information.isEmpty()) {
      // No information-only channel: the spine has no automated answer, every application is reviewed.
      var definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(standard().processKey()).latestVersion().singleResult();
      assertThat((Object) engine.getRepositoryService().getBpmnModelInstance(definition.getId())
          .getModelElementById("ServiceTask_AnswerInformation")).isNull();
      return;
    }
    submit(information.get().id(), "");
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("ANSWERED");
    assertThat(scenario.path()).contains("ServiceTask_AnswerInformation").doesNotContain("CallActivity_Intake");
  }

  /**
   * The dates of an error correction for an application submitted on 18 March: the statutory due
   * date while the errors found on Friday 20 March await correction (extended by 5 working days),
   * and after their correction on Friday 27 March (N working days from it). The 10-working-day
   * standards: 6 April + 5 = 13 April; 27 March + 10 = 10 April (Nauryz lies before both).
   */
  String[] expectedDuesAroundErrorCorrection() {
    return new String[] {"2026-04-13T18:00", "2026-04-10T18:00"};
  }

  @Test
  void errorCorrection_extendsTheTerm_thenCountsItFromTheDayOfTheCorrection() {
    String channel = firstOfficeChannel();
    var correction = standard().extension(Extension.ERROR_CORRECTION, channel);
    toReview(channel);
    clockAt("2026-03-20T11:00");
    if (correction.isEmpty()) {
      assertThat(decisionOptions()).doesNotContain(ReviewOptions.ERRORS_FOUND);
      assertThatThrownBy(() -> scenario.complete("UserTask_ReviewApplication",
          Map.of("decision", "errors-found", "errorsFound", "Қате есептелген өтіл")))
          .isInstanceOf(DecisionRefused.class);
      assertThat(scenario.task("UserTask_ReviewApplication")).isNotNull();
      return;
    }
    assertThat(decisionOptions()).contains(ReviewOptions.ERRORS_FOUND);
    String[] expected = expectedDuesAroundErrorCorrection();
    String applicationId = scenario.instance().getBusinessKey();
    scenario.complete("UserTask_ReviewApplication",
        Map.of("decision", "errors-found", "errorsFound", "Еңбек өтілі қате есептелген / Неверно исчислен стаж"));
    // The errors are corrected within the 5 working days: 20 March + 5 = 1 April (Nauryz 21-25 March off).
    var correct = scenario.task("UserTask_CorrectErrors");
    assertThat(correct.getDueDate()).isEqualTo(at("2026-04-01T18:00"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(correct.getId()).stream()
        .map(l -> l.getGroupId()).toList()).contains(WorkGroups.reviewerGroup(standard()));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at(expected[0]));
    assertThat(records.find(applicationId).orElseThrow().dueAt().toInstant()).isEqualTo(at(expected[0]).toInstant());

    clockAt("2026-03-27T15:00");
    String correctId = scenario.task("UserTask_CorrectErrors").getId();
    engine.getIdentityService().setAuthentication("ztmo-specialist", WorkGroups.errorCorrectors(
        WorkGroups.reviewerGroup(standard()), WorkGroups.intakeGroup(channel, standard())));
    try {
      engine.getTaskService().complete(correctId, Map.of("correctionNote", "Өтіл қайта есептелді / Стаж пересчитан"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(scenario.task("UserTask_ReviewApplication").getDueDate()).isEqualTo(at(expected[1]));
    assertThat(scenario.timer("BoundaryEvent_StatutoryDeadline").getDuedate()).isEqualTo(at(expected[1]));
    assertThat(records.find(applicationId).orElseThrow().dueAt().toInstant()).isEqualTo(at(expected[1]).toInstant());
    var changes = records.deadlineChanges(applicationId);
    assertThat(changes).extracting(c -> c.kind()).containsSubsequence("ERRORS_FOUND", "ERRORS_CORRECTED");
    var corrected = changes.get(changes.size() - 1);
    assertThat(corrected.by()).isEqualTo("ztmo-specialist");
    assertThat(corrected.previousDue()).isEqualTo(at(expected[0]));
    assertThat(corrected.at()).isEqualTo(at("2026-03-27T15:00"));

    scenario.complete("UserTask_ReviewApplication", Map.of("decision", "grant"));
    scenario.complete("UserTask_HandOverResult");
    assertThat(scenario.variable("status")).isEqualTo("GRANTED");
    assertThat(scenario.variable("errorsCorrectedBy")).isEqualTo("ztmo-specialist");
    var review = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(scenario.instance().getId()).processDefinitionKey("common-statutory-review")
        .singleResult();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
        .orderPartiallyByOccurrence().asc().list().stream().map(a -> a.getActivityId()).toList())
        .containsSubsequence("ServiceTask_ErrorsFound", "UserTask_CorrectErrors",
        "ServiceTask_ErrorsCorrected", "UserTask_ReviewApplication");
  }

  /** The decisions the open review task offers (its form's options). */
  List<String> decisionOptions() {
    var task = scenario.task("UserTask_ReviewApplication");
    var value = new TaskForms(port, engine).variables(task.getId()).path(ReviewOptions.DECISION_OPTIONS);
    assertThat(value.path("type").asText()).isEqualTo("Json");
    List<String> values = new ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("\"value\":\"([a-z-]+)\"").matcher(value.path("value").asText());
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }
}
