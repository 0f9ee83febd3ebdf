package kz.qyzmet.standards;

import static kz.qyzmet.process.ProcessScenario.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.TestIins;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.automated.InformationSystems;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.ChannelFunction;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Term;
import kz.qyzmet.catalog.TermUnit;
import kz.qyzmet.process.ProcessScenario;
import kz.qyzmet.process.RequiredDocuments;
import kz.qyzmet.process.ReviewOptions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks, for every standard, channel that takes applications and case type, every decision the
 * review form offers there (grant; refuse on each ground offered; request documents, delivered or
 * not; errors found and corrected; each other extension; withdrawal) and, where a standard has one,
 * the applicant's missed stage, to the end: the application must end in the status the decision
 * gives, with no incident, no failed job and no task left open. Nothing in a walk is specific to a
 * standard: the options come from the same {@link ReviewOptions} the form shows, so a choice the
 * catalog allows and the process cannot carry out fails here. A task this walk does not know fails
 * it too, so that a new task gets a step (and a thought about its paths).
 */
@QyzmetIntegrationTest
@org.junit.jupiter.api.Tag("walk")
class EveryPathWalkTest {

  private static final String SUBMITTED = "2026-03-18T10:00";
  private static final InformationSystems AUTOMATED = InformationSystems.fromClasspath();

  @Autowired ProcessEngine engine;
  @Autowired StandardsCatalog catalog;
  @Autowired ReviewOptions reviewOptions;
  @Autowired RequiredDocuments requiredDocuments;
  @Autowired ApplicationRecords records;

  /** One path: the decision at the first review, and what follows it (a ground, an extension, an outcome). */
  record Walk(Standard standard, String channel, String caseType, String decision, String detail, String endStatus) {
    @Override
    public String toString() {
      return standard.code() + " " + channel + (caseType.isEmpty() ? "" : " " + caseType) + " " + decision
          + (detail == null ? "" : " " + detail) + " -> " + endStatus;
    }
  }

  @AfterEach
  void resetClock() {
    ProcessScenario.resetClock();
  }

  @TestFactory
  Stream<DynamicTest> everyDecisionTheFormsOfferEndsWithoutAnIncident() {
    List<Walk> walks = walks();
    assertThat(walks).hasSizeGreaterThan(300);
    return walks.stream().map(walk -> DynamicTest.dynamicTest(walk.toString(), () -> walk(walk)));
  }

  List<Walk> walks() {
    List<Walk> walks = new ArrayList<>();
    for (Standard standard : catalog.all()) {
      for (Channel channel : standard.channels()) {
        if (!channel.takesApplications() || channel.does(ChannelFunction.INFORMATION_ONLY)) {
          continue;
        }
        List<String> caseTypes = caseTypes(standard, channel);
        for (String caseType : caseTypes) {
          String ch = channel.id();
          if (standard.serviceTerm(ch, caseType.isEmpty() ? null : caseType)
              .map(t -> t.unit() == TermUnit.SCHEDULE).orElse(false)) {
            // Paid on a schedule, not decided within a term (standard 13's compensation): no review.
            walks.add(new Walk(standard, ch, caseType, "paid-on-schedule", null, "GRANTED"));
            continue;
          }
          if (AUTOMATED.systemOf(standard.number()).isPresent()) {
            // Asked of an information system (external task): answered, late, or not answerable.
            walks.add(new Walk(standard, ch, caseType, "answered", null, "GRANTED"));
            walks.add(new Walk(standard, ch, caseType, "answered", "after-the-term", "GRANTED"));
            walks.add(new Walk(standard, ch, caseType, "system-error", ReviewOptions.GRANT, "GRANTED"));
            walks.add(new Walk(standard, ch, caseType, "system-error", ReviewOptions.REFUSE, "REFUSED"));
            walks.add(new Walk(standard, ch, caseType, "answer-without-result", ReviewOptions.GRANT, "GRANTED"));
            continue;
          }
          for (ReviewOptions.Option option : reviewOptions.decisions(standard, ch, caseType)) {
            switch (option.value()) {
              case ReviewOptions.GRANT -> walks.add(new Walk(standard, ch, caseType, option.value(), null, "GRANTED"));
              case ReviewOptions.REFUSE -> reviewOptions.refusalGrounds(standard, ch).forEach(ground ->
                  walks.add(new Walk(standard, ch, caseType, option.value(), ground.value(), "REFUSED")));
              case ReviewOptions.REQUEST_DOCUMENTS -> {
                walks.add(new Walk(standard, ch, caseType, option.value(), "delivered", "GRANTED"));
                walks.add(new Walk(standard, ch, caseType, option.value(), "not-delivered", "REFUSED"));
              }
              case ReviewOptions.EXTEND -> reviewOptions.extensions(standard, ch).forEach(extension ->
                  walks.add(new Walk(standard, ch, caseType, option.value(), extension.value(), "GRANTED")));
              case ReviewOptions.ERRORS_FOUND ->
                  walks.add(new Walk(standard, ch, caseType, option.value(), null, "GRANTED"));
              case ReviewOptions.CHANGE_CASE_TYPE -> reviewOptions.caseTypes(standard, ch, caseType).forEach(target ->
                  walks.add(new Walk(standard, ch, caseType, option.value(), target.value(), "GRANTED")));
              case ReviewOptions.WITHDRAW -> walks.add(new Walk(standard, ch, caseType, option.value(), null, "WITHDRAWN"));
              default -> fail("The walk has no path for the decision '%s' of %s", option.value(), standard.code());
            }
          }
          if (hasApplicantStage(standard, ch, caseType)) {
            walks.add(new Walk(standard, ch, caseType, ReviewOptions.GRANT, "applicant-missed-stage", "WITHDRAWN"));
          }
        }
      }
    }
    return walks;
  }

  private static List<String> caseTypes(Standard standard, Channel channel) {
    if (standard.caseTypes().isEmpty()) {
      return List.of("");
    }
    List<String> codes = new ArrayList<>();
    standard.caseTypes().forEach(c -> {
      if (channel.caseTypes().isEmpty() || channel.caseTypes().contains(c.code())) {
        codes.add(c.code());
      }
    });
    return codes;
  }

  private static boolean hasApplicantStage(Standard standard, String channel, String caseType) {
    return standard.terms().stream().anyMatch(t -> Term.APPLICANT.equals(t.actor()) && t.appliesTo(channel)
        && (t.caseType() == null || t.caseType().equals(caseType)));
  }

  void walk(Walk walk) {
    clockAt(SUBMITTED);
    var runtime = engine.getRuntimeService();
    String businessKey = runtime.startProcessInstanceByKey(walk.standard().processKey(), Map.of(
        "channel", walk.channel(), "caseType", walk.caseType(), "applicantName", "Сапарова Айгүл Маратқызы",
        "applicantIin", TestIins.random("8501013"), "documentsSubmitted", completePackage(walk)))
        .getBusinessKey();
    int reviews = 0;
    List<String> steps = new ArrayList<>();
    for (int step = 0; step < 60; step++) {
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
          .orderByTaskCreateTime().asc().list();
      Task next = open.stream().filter(t -> !waitsForTheApplicant(walk, t)).findFirst().orElse(null);
      if (next == null && answerAsTheInformationSystem(walk, businessKey, steps)) {
        continue;
      }
      if (next == null) {
        if (!fireNextTimer(businessKey, steps)) {
          break;
        }
        continue;
      }
      Map<String, Object> variables = stepFor(walk, next, reviews);
      if (next.getTaskDefinitionKey().equals("UserTask_ReviewApplication")) {
        reviews++;
      }
      steps.add(next.getTaskDefinitionKey());
      engine.getTaskService().complete(next.getId(), variables);
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .as("%s: still running after %s", walk, steps).isZero();
    assertThat(records.find(businessKey).orElseThrow().status().name()).as("%s after %s", walk, steps)
        .isEqualTo(walk.endStatus());
    for (HistoricProcessInstance instance : engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list()) {
      assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance.getId()).count())
          .as("%s: incidents in %s", walk, instance.getProcessDefinitionKey()).isZero();
      assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance.getId())
          .failureLog().count()).as("%s: failed jobs in %s", walk, instance.getProcessDefinitionKey()).isZero();
    }
  }

  /**
   * Answers this application's external task as its information system would: with the result, with
   * an error it reports, or completed without a result; "after-the-term" lets the statutory timer
   * fire first. False when there is nothing to answer now.
   */
  private boolean answerAsTheInformationSystem(Walk walk, String businessKey, List<String> steps) {
    var external = engine.getExternalTaskService();
    var task = external.createExternalTaskQuery().notLocked().list().stream()
        .filter(t -> businessKey.equals(t.getBusinessKey())).findFirst().orElse(null);
    if (task == null) {
      return false;
    }
    if ("after-the-term".equals(walk.detail()) && !steps.contains("UserTask_AnswerBreach")) {
      return false;
    }
    var locked = external.fetchAndLock(10, "walk").topic(task.getTopicName(), 60_000L).execute().stream()
        .filter(t -> t.getId().equals(task.getId())).findFirst().orElseThrow();
    steps.add("external:" + walk.decision());
    switch (walk.decision()) {
      case "answered" -> external.complete(locked.getId(), "walk",
          Map.of("automatedResult", "Салымшының шотындағы қозғалыс туралы үзінді / Выписка о движении средств"));
      case "system-error" -> external.handleBpmnError(locked.getId(), "walk", "no-such-depositor", "Салымшы табылмады");
      default -> external.complete(locked.getId(), "walk");
    }
    return true;
  }

  /** The applicant's part that this walk lets lapse: documents never delivered, a stage missed. */
  private static boolean waitsForTheApplicant(Walk walk, Task task) {
    String key = task.getTaskDefinitionKey();
    return ("not-delivered".equals(walk.detail()) && key.equals("UserTask_ReceiveDocuments"))
        || ("applicant-missed-stage".equals(walk.detail())
            && (key.equals("UserTask_ReceiveApplicantDocuments") || key.equals("UserTask_ReceiveLateApplicantDocuments")));
  }

  /** What a worker enters at each task on this walk: the form's required fields, as the form offers them. */
  private static Map<String, Object> stepFor(Walk walk, Task task, int reviewsSoFar) {
    Map<String, Object> v = new LinkedHashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case "UserTask_ForwardPackage" -> v.put("packageForwarded", true);
      case "UserTask_ReviewApplication" -> {
        String decision = reviewsSoFar == 0 ? walk.decision() : ReviewOptions.GRANT;
        v.put("decision", decision);
        switch (decision) {
          case ReviewOptions.REFUSE -> {
            v.put("refusalGround", walk.detail());
            v.put("decisionComment", "Негіз / Основание");
          }
          case ReviewOptions.WITHDRAW -> v.put("decisionComment", "Өтініш берушінің өтініші / По заявлению заявителя");
          case ReviewOptions.REQUEST_DOCUMENTS -> v.put("requestedDocuments", "additional_document");
          case ReviewOptions.ERRORS_FOUND -> v.put("errorsFound", "Өтіл қате / Ошибка в стаже");
          case ReviewOptions.CHANGE_CASE_TYPE -> v.put("newCaseType", walk.detail());
          case ReviewOptions.EXTEND -> {
            v.put("extensionKind", walk.detail());
            v.put("extensionReason", "Қосымша сұрау / Дополнительный запрос");
          }
          default -> { }
        }
      }
      case "UserTask_CorrectErrors" -> v.put("correctionNote", "Түзетілді / Исправлено");
      case "UserTask_NotifyApplicant", "UserTask_NotifyDecision" -> v.put("applicantNotifiedBy", "phone");
      case "UserTask_ReceiveDocuments", "UserTask_ReceiveApplicantDocuments", "UserTask_ReceiveLateApplicantDocuments" ->
          v.put("documentsDelivered", "additional_document");
      case "UserTask_DecideWithoutDocuments" -> {
        v.put("decision", "refuse");
        v.put("refusalGround", "documents-not-provided");
        v.put("decisionComment", "Құжаттар келмеді / Документы не поступили");
      }
      case "UserTask_DecideOnMissedApplicantStage" -> v.put("missedStageDecision", "withdraw");
      case "UserTask_PayCompensation" -> v.put("compensationPaidTo", "personal-account");
      case "UserTask_AnswerByHand" -> {
        v.put("decision", walk.detail());
        if (ReviewOptions.GRANT.equals(walk.detail())) {
          v.put("automatedResult", "Қолмен берілген үзінді / Выписка, выданная вручную");
        } else {
          v.put("decisionComment", "Заңды негіз / Законное основание");
        }
      }
      case "UserTask_HandOverResult" -> v.put("resultHandedOverTo", "applicant");
      case "UserTask_AnswerBreach", "UserTask_AnswerMissedNotification", "UserTask_AnswerOverdueComplaint" ->
          v.put("escalationNote", "Себебі анықталды / Причина выяснена");
      default -> fail("%s: the walk has no step for the task %s (%s)", walk, task.getTaskDefinitionKey(), task.getName());
    }
    return v;
  }

  /** Moves the clock to this application's earliest timer and fires it; false when it has none. */
  private boolean fireNextTimer(String businessKey, List<String> steps) {
    Set<String> instances = new LinkedHashSet<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .forEach(i -> instances.add(i.getId()));
    Job next = instances.stream()
        .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id).timers().list().stream())
        .min(Comparator.comparing(Job::getDuedate)).orElse(null);
    if (next == null) {
      return false;
    }
    if (next.getDuedate().after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime())) {
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(next.getDuedate());
    }
    steps.add("timer:" + next.getId());
    engine.getManagementService().executeJob(next.getId());
    return true;
  }

  private String completePackage(Walk walk) {
    return StandardProcessScenarios.completePackage(requiredDocuments, walk.standard().number(), walk.channel(),
        walk.caseType());
  }

}
