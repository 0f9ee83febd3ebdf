package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.at;
import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.process.RequiredDocuments;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Standard 14, the certificate of registration as unemployed: "electronic (fully automated)" (p. 5),
 * within 10 minutes at the provider and 15 at the PSC and on the portal (p. 4(1)). After the intake
 * the certificate is asked of the employment authority's information system as an external task on
 * the topic {@code s14-unemployed-registration-certificate}; the system here is the engine's own
 * external-task API (the real client over HTTP: {@code kz.qyzmet.automated.ExternalTaskClientTest}).
 */
@QyzmetIntegrationTest
class S14UnemployedRegistrationCertificateIssuanceTest {

  static final String PROCESS = "s14-unemployed-registration-certificate-issuance";
  static final String TOPIC = "s14-unemployed-registration-certificate";
  static final String SUBMITTED = "2026-03-18T10:00";
  static final String WORKER = "employment-information-system-test";
  static final String CERTIFICATE = "ЖҚ-2026-000777";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationRecords records;
  @Autowired RequiredDocuments requiredDocuments;

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

  void submit(String channel) {
    scenario.start(PROCESS, Map.of("channel", channel, "caseType", "", "applicantName", "Қасымов Ерлан Серікұлы",
        "applicantIin", applicantIin, "documentsSubmitted", completePackage(channel)));
  }

  String completePackage(String channel) {
    return StandardProcessScenarios.completePackage(requiredDocuments, 14, channel, "");
  }


  String id() {
    return scenario.instance().getBusinessKey();
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
  void atTheProvider_theCertificateComesFromTheSystemWithinTenMinutes_andIsHandedOver() {
    submit("provider");
    assertThat(scenario.timer("BoundaryEvent_AnswerTerm").getDuedate()).isEqualTo(at("2026-03-18T10:10"));
    assertThat(records.find(id()).orElseThrow().dueAt().toInstant()).isEqualTo(at("2026-03-18T10:10").toInstant());
    LockedExternalTask locked = fetch();
    assertThat(locked.getVariables()).containsEntry("applicantIin", applicantIin);
    clockAt("2026-03-18T10:04");
    externalTasks.complete(locked.getId(), WORKER, Map.of("automatedResult", CERTIFICATE));

    var handOver = scenario.task("UserTask_HandOverResult");
    assertThat(engine.getTaskService().getIdentityLinksForTask(handOver.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Roles.PROVIDER_SPECIALISTS));
    scenario.complete("UserTask_HandOverResult");
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);
    assertThat(scenario.variable("automatedResult")).isEqualTo(CERTIFICATE);
    assertThat(scenario.path()).contains("ServiceTask_RequestAnswer", "ServiceTask_AnswerReceived")
        .doesNotContain("CallActivity_Review", "UserTask_AnswerByHand").endsWith("EndEvent_Granted");
    noIncident();
  }

  @Test
  void atThePscAndOnThePortal_fifteenMinutes() {
    submit("psc");
    assertThat(scenario.timer("BoundaryEvent_AnswerTerm").getDuedate()).isEqualTo(at("2026-03-18T10:15"));
    externalTasks.complete(fetch().getId(), WORKER, Map.of("automatedResult", CERTIFICATE));
    var handOver = scenario.task("UserTask_HandOverResult");
    assertThat(engine.getTaskService().getIdentityLinksForTask(handOver.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Roles.PSC_OPERATORS));
    scenario.complete("UserTask_HandOverResult");
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);

    clockAt(SUBMITTED);
    scenario = new ProcessScenario(engine);
    submit("portal");
    assertThat(scenario.timer("BoundaryEvent_AnswerTerm").getDuedate()).isEqualTo(at("2026-03-18T10:15"));
    externalTasks.complete(fetch().getId(), WORKER, Map.of("automatedResult", CERTIFICATE));
    assertThat(scenario.ended()).isTrue();
    assertThat(scenario.variable("resultPublishedAt")).isNotNull();
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.GRANTED);
  }

  @Test
  void nobodyAnswersInTime_theBreachIsRecorded_andTheHeadEscalated_withoutAnIncident() {
    submit("provider");
    scenario.moveClockAndFireTimers("2026-03-18T10:09");
    assertThat(records.breachCount(id())).isZero();
    scenario.moveClockAndFireTimers("2026-03-18T10:10");
    assertThat(records.breachKinds(id())).containsExactly("SERVICE_TERM");
    assertThat(scenario.task("UserTask_AnswerBreach")).isNotNull();
    noIncident();
  }

  @Test
  void theSystemHasNoSuchRegistration_theProvidersSpecialistAnswersByHand() {
    submit("provider");
    externalTasks.handleBpmnError(fetch().getId(), WORKER, "not-registered", "Жұмыссыз ретінде тіркелмеген");
    var byHand = scenario.task("UserTask_AnswerByHand");
    assertThat(engine.getTaskService().getIdentityLinksForTask(byHand.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Roles.PROVIDER_SPECIALISTS));
    noIncident();
    scenario.complete("UserTask_AnswerByHand", Map.of("decision", "refuse",
        "decisionComment", "Жұмыссыз ретінде тіркелмеген / Не зарегистрирован в качестве безработного"));
    // The refusal, too, is handed over where the applicant came.
    scenario.complete("UserTask_HandOverResult");
    assertThat(records.find(id()).orElseThrow().status()).isEqualTo(ApplicationStatus.REFUSED);
  }

  @Test
  void pscRefusesToAcceptAnIncompletePackage_andAsksNothing() {
    scenario.start(PROCESS, Map.of("channel", "psc", "caseType", "", "applicantName", "Қасымов Ерлан Серікұлы",
        "applicantIin", applicantIin, "documentsSubmitted", "application"));
    assertThat(scenario.variable("status")).isEqualTo("REFUSED_TO_ACCEPT");
    assertThat(externalTasks.createExternalTaskQuery().processInstanceId(scenario.instance().getId()).count()).isZero();
  }
}
