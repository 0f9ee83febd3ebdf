package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Standard 8, the statement of a depositor's transit-account turnovers: a fully automated service
 * (p. 5) answered within 10 minutes at the PSC and on the portal (p. 4(1)). After the intake the
 * statement is asked of the ZTMO's information system as an external task on the topic
 * {@code s08-depositor-statement}; the system here is the engine's own external-task API (the real
 * client over HTTP is in {@code kz.qyzmet.automated.ExternalTaskClientTest}).
 */
@QyzmetIntegrationTest
class S08UnifiedPensionFundDepositorFundsInformationTest {

  static final String PROCESS = "s08-unified-pension-fund-depositor-funds-information";
  static final String TOPIC = "s08-depositor-statement";
  static final String SUBMITTED = "2026-03-18T10:00";
  /** 10 minutes (Standard 8, p. 4(1)), from the catalog. */
  static final String DUE = "2026-03-18T10:10";
  static final String WORKER = "ztmo-information-system-test";
  static final String STATEMENT = "ZTMO-TRANSIT-2026-000123";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationRecords records;

  ProcessScenario scenario;
  ExternalTaskService externalTasks;
  final String applicantIin = TestIins.random("8501013");

  @BeforeEach
  void submittedOnAWorkingMorning() {
    clockAt(SUBMITTED);
    scenario = new ProcessScenario(engine);
    externalTasks = engine.getExternalTaskService();
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  void submit(String channel, String documents) {
    scenario.start(PROCESS, Map.of("channel", channel, "caseType", "", "applicantName", "Сапарова Айгүл Маратқызы",
        "applicantIin", applicantIin, "documentsSubmitted", documents));
  }

  String id() {
    return scenario.instance().getBusinessKey();
  }

  ExternalTask requested() {
    List<ExternalTask> open = externalTasks.createExternalTaskQuery().processInstanceId(scenario.instance().getId())
        .list();
    assertThat(open).as("external tasks of %s", id()).hasSize(1);
    return open.get(0);
  }

  LockedExternalTask fetch() {
    List<LockedExternalTask> locked = externalTasks.fetchAndLock(10, WORKER).topic(TOPIC, 60_000)
        .variables("applicationId", "applicantIin").businessKey(id()).execute();
    assertThat(locked).hasSize(1);
    return locked.get(0);
  }

  void noIncident() {
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(scenario.instance().getId()).count())
        .as("incidents of %s", id()).isZero();
  }

  @Test
  void pscApplication_isAskedOfTheZtmoSystemWithinTenMinutes_andTheStatementIsHandedOver() {
    submit("psc", "application,identity_document");
    ExternalTask task = requested();
    assertThat(task.getTopicName()).isEqualTo(TOPIC);
    assertThat(task.getActivityId()).isEqualTo("ServiceTask_RequestAnswer");
    assertThat(scenario.timer("BoundaryEvent_AnswerTerm").getDuedate()).isEqualTo(at(DUE));
    var row = records.find(id()).orElseThrow();
    assertThat(row.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(row.dueAt().toInstant()).isEqualTo(at(DUE).toInstant());

    LockedExternalTask locked = fetch();
    assertThat(locked.getVariables()).containsEntry("applicantIin", applicantIin).containsKey("applicationId");
    clockAt("2026-03-18T10:03");
    externalTasks.complete(locked.getId(), WORKER, Map.of("automatedResult", STATEMENT));

    var handOver = scenario.task("UserTask_HandOverResult");
    assertThat(engine.getTaskService().getIdentityLinksForTask(handOver.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Roles.PSC_OPERATORS));
    assertThat(handOver.getDueDate()).isEqualTo(at(DUE));
    scenario.complete("UserTask_HandOverResult");

    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("automatedResult")).isEqualTo(STATEMENT);
    assertThat(scenario.variable("decision")).isEqualTo("grant");
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(scenario.path()).contains("CallActivity_Intake", "ServiceTask_RequestAnswer", "ServiceTask_AnswerReceived",
        "CallActivity_ResultDelivery").doesNotContain("UserTask_AnswerByHand", "ServiceTask_RecordBreach")
        .endsWith("EndEvent_Granted");
    assertThat(records.breachCount(id())).isZero();
    noIncident();
  }

  @Test
  void portalRequest_isAnsweredFromTheSystem_andPublishedToThePersonalCabinet() {
    submit("portal", "electronic_request");
    assertThat(scenario.timer("BoundaryEvent_AnswerTerm").getDuedate()).isEqualTo(at(DUE));
    externalTasks.complete(fetch().getId(), WORKER, Map.of("automatedResult", STATEMENT));

    assertThat(scenario.ended()).isTrue();
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(scenario.variable("automatedResult")).isEqualTo(STATEMENT);
    assertThat(scenario.variable("resultPublishedAt")).isNotNull();
    assertThat(scenario.path()).doesNotContain("ServiceTask_AnswerInformation").endsWith("EndEvent_Granted");
  }

  @Test
  void pscRefusesToAcceptAnIncompletePackage_andAsksNothing() {
    submit("psc", "application");
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat((String) scenario.variable("missingDocuments")).contains("identity_document");
    assertThat(externalTasks.createExternalTaskQuery().processInstanceId(scenario.instance().getId()).count()).isZero();
    assertThat(scenario.path()).endsWith("EndEvent_RefusedToAccept");
  }

  @Test
  void nobodyAnswersInTenMinutes_theBreachIsRecorded_andTheHeadEscalated_withoutAnIncident() {
    submit("psc", "application,identity_document");
    scenario.moveClockAndFireTimers("2026-03-18T10:09");
    assertThat(records.breachCount(id())).isZero();

    scenario.moveClockAndFireTimers(DUE);
    assertThat(records.breachKinds(id())).containsExactly("SERVICE_TERM");
    var escalation = scenario.task("UserTask_AnswerBreach");
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Roles.DEPARTMENT_HEADS));
    // The question stays open: the system may still answer late.
    assertThat(requested().getActivityId()).isEqualTo("ServiceTask_RequestAnswer");
    assertThat(scenario.variable("statutoryDeadlineBreached")).isEqualTo(true);
    noIncident();

    clockAt("2026-03-18T10:12");
    externalTasks.complete(fetch().getId(), WORKER, Map.of("automatedResult", STATEMENT));
    scenario.complete("UserTask_HandOverResult");
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(records.breachKinds(id())).containsExactly("SERVICE_TERM");
  }

  @Test
  void systemReportsNoSuchDepositor_theDecreeHasNoGroundForIt_soTheReviewerAnswersByHand() {
    submit("portal", "electronic_request");
    externalTasks.handleBpmnError(fetch().getId(), WORKER, "no-such-depositor", "No transit accounts for this IIN");

    var byHand = scenario.task("UserTask_AnswerByHand");
    assertThat(engine.getTaskService().getIdentityLinksForTask(byHand.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Roles.ZTMO_SPECIALISTS));
    assertThat(byHand.getDueDate()).isEqualTo(at(DUE));
    assertThat(scenario.variable("automatedAnswerError")).isEqualTo("no-such-depositor");
    assertThat(scenario.variable("automatedAnswerErrorMessage")).isEqualTo("No transit accounts for this IIN");
    noIncident();

    assertThatThrownBy(() -> scenario.complete("UserTask_AnswerByHand", Map.of("decision", "refuse")))
        .hasMessageContaining("decisionComment");
    scenario.complete("UserTask_AnswerByHand", Map.of("decision", "refuse",
        "decisionComment", "ЖСН бойынша транзиттік шоттар жоқ / Транзитных счетов по ИИН нет"));
    assertThat(scenario.ended()).isTrue();
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.REFUSED);
    assertThat(scenario.path()).contains("ServiceTask_AnswerFailed", "UserTask_AnswerByHand").endsWith("EndEvent_Refused");
  }

  @Test
  void systemFails_theFailureIsCaught_andTheReviewerHandsTheStatementByHand_withoutAnIncident() {
    submit("psc", "application,identity_document");
    externalTasks.handleFailure(fetch().getId(), WORKER, "Connection refused", "java.net.ConnectException", 0, 0);

    noIncident();
    assertThat(scenario.variable("automatedAnswerError")).isEqualTo("information-system-failure");
    assertThatThrownBy(() -> scenario.complete("UserTask_AnswerByHand", Map.of("decision", "grant")))
        .hasMessageContaining("automatedResult");
    scenario.complete("UserTask_AnswerByHand", Map.of("decision", "grant", "automatedResult", STATEMENT));
    scenario.complete("UserTask_HandOverResult");
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(scenario.variable("automatedResult")).isEqualTo(STATEMENT);
  }

  @Test
  void anAnswerWithoutTheStatement_goesToTheReviewer() {
    submit("portal", "electronic_request");
    externalTasks.complete(fetch().getId(), WORKER, Map.of());
    assertThat(scenario.task("UserTask_AnswerByHand")).isNotNull();
    assertThat(scenario.path()).doesNotContain("ServiceTask_AnswerReceived");
  }

  @Test
  void theReviewersOwnDelay_isAlsoAStatutoryBreach() {
    submit("portal", "electronic_request");
    externalTasks.handleBpmnError(fetch().getId(), WORKER, "no-such-depositor");
    scenario.moveClockAndFireTimers(DUE);
    assertThat(records.breachKinds(id())).containsExactly("SERVICE_TERM");
    assertThat(scenario.task("UserTask_AnswerBreach")).isNotNull();
    assertThat(scenario.task("UserTask_AnswerByHand")).isNotNull();
  }
}
