package kz.qyzmet.api.applications;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.applications.ApplicationView.Applicant;
import kz.qyzmet.api.applications.ApplicationView.CurrentStep;
import kz.qyzmet.api.applications.ApplicationView.DeadlineChangeView;
import kz.qyzmet.api.applications.ApplicationView.ApplicantNotified;
import kz.qyzmet.api.applications.ApplicationView.DocumentRequest;
import kz.qyzmet.api.applications.ApplicationView.HistoryStep;
import kz.qyzmet.api.applications.ApplicationView.ApplicationResult;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.CodeList;
import kz.qyzmet.process.InformationRequests;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Reads an application for {@code GET /api/v1/applications/{id}}: its row, its process instances, their history. */
@Component
public class ApplicationViews {

  public static final String DOCUMENTS_DELIVERED_MESSAGE = "DocumentsDelivered";
  static final String COMPLAINT_PROCESS = "complaint-review";

  /** Routing elements, not steps anyone took. */
  private static final Set<String> NOT_STEPS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "eventBasedGateway", "complexGateway", "multiInstanceBody");
  /** Call activities nest no deeper in these models; a guard against a model that calls itself. */
  private static final int MAX_DEPTH = 8;

  private final ApplicationRecords records;
  private final StandardsCatalog catalog;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final ApiTime time;
  private final Map<String, String> processKeys = new ConcurrentHashMap<>();

  public ApplicationViews(ApplicationRecords records, StandardsCatalog catalog, RuntimeService runtimeService,
      TaskService taskService, HistoryService historyService, RepositoryService repositoryService, ApiTime time) {
    this.records = records;
    this.catalog = catalog;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.time = time;
  }

  public ApplicationRecord require(String id) {
    if (id == null || id.length() > 64) {
      throw ApiException.notFound("id", "No application " + abbreviate(id));
    }
    return records.find(id).orElseThrow(() -> ApiException.notFound("id", "No application " + id));
  }

  /**
   * The application; the applicant's IIN and name whole when {@code wholeApplicant} says so for the
   * user who submitted it, masked otherwise (docs/security.md, "Applicants' personal data").
   */
  public ApplicationView view(String id, java.util.function.Predicate<String> wholeApplicant) {
    ApplicationRecord row = require(id);
    Applicant applicant = wholeApplicant.test(row.createdBy()) ? new Applicant(row.applicantIin(), row.applicantName())
        : Applicant.masked(row.applicantIin(), row.applicantName());
    String spine = spineOf(row);
    Map<String, Object> variables = spine == null ? Map.of() : variables(spine);
    List<String> missing = CodeList.parse((String) variables.get(MISSING_DOCUMENTS));
    return new ApplicationView(row.id(), row.standardNumber(),
        catalog.byNumber(row.standardNumber()).map(s -> s.code()).orElse(null), row.processKey(),
        wording(row), row.channel(),
        row.caseType() == null || row.caseType().isBlank() ? null : row.caseType(), row.status().name(),
        applicant, row.externalId(),
        time.moment(row.submittedAt()), time.day(row.dueAt()), time.moment(row.dueAt()),
        time.day(row.originalDueAt()), time.moment(row.originalDueAt()), time.moment(row.closedAt()),
        missing, currentSteps(row.id()), documentRequest(row.id()), deadlineChanges(row.id()),
        records.breachKinds(row.id()), result(row, variables, missing), complaints(row.id()),
        spine == null ? List.of() : history(spine));
  }

  /** The wording the application answers to: as recorded at submission, else the one in force that day. */
  private WordingView wording(ApplicationRecord row) {
    if (catalog.byNumber(row.standardNumber()).isEmpty()) {
      return null;
    }
    return WordingView.of(wordingOf(row));
  }

  /**
   * The wording of its standard (in the catalog) an application answers to: as recorded at submission
   * (or moved by a migration), else the one in force on the day it was submitted.
   */
  public kz.qyzmet.catalog.Wording wordingOf(ApplicationRecord row) {
    return catalog.wordingOn(row.standardNumber(), records.wordingOf(row.id())
        .orElseGet(() -> row.submittedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Almaty")).toLocalDate()));
  }

  /** The application's own process instance (not a called block). */
  public String spineOf(ApplicationRecord row) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(row.id())
        .processDefinitionKey(row.processKey()).list().stream()
        .filter(p -> p.getSuperProcessInstanceId() == null).map(HistoricProcessInstance::getId)
        .findFirst().orElse(row.processInstanceId());
  }

  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).disableCustomObjectDeserialization().list()) {
      if (processInstanceId.equals(variable.getActivityInstanceId()) || !values.containsKey(variable.getName())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  List<CurrentStep> currentSteps(String businessKey) {
    List<CurrentStep> steps = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime()
        .asc().list()) {
      steps.add(step(task));
    }
    return steps;
  }

  public CurrentStep step(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct().toList();
    return new CurrentStep(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        processKey(task.getProcessDefinitionId()), groups, task.getAssignee(), time.moment(task.getCreateTime()),
        time.day(task.getDueDate()), time.moment(task.getDueDate()));
  }

  private DocumentRequest documentRequest(String businessKey) {
    List<Execution> waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(businessKey)
        .messageEventSubscriptionName(DOCUMENTS_DELIVERED_MESSAGE).list();
    if (waiting.isEmpty()) {
      return null;
    }
    String instance = waiting.get(0).getProcessInstanceId();
    return new DocumentRequest(CodeList.parse((String) runtimeService.getVariable(instance, REQUESTED_DOCUMENTS)),
        time.moment((Date) runtimeService.getVariable(instance, DOCUMENTS_REQUESTED_AT)),
        time.day((Date) runtimeService.getVariable(instance, DOCUMENTS_CAP_DATE)),
        time.day((Date) runtimeService.getVariable(instance, NOTIFY_APPLICANT_DUE_DATE)), applicantNotified(instance));
  }

  /** How the applicant was told of the request: by a worker in Tasklist, or as the portal confirmed. */
  private ApplicantNotified applicantNotified(String documentRequestInstance) {
    var told = historyService.createHistoricTaskInstanceQuery().processInstanceId(documentRequestInstance)
        .taskDefinitionKey(DocumentRequestNotices.NOTIFY_TASK).finished().list();
    if (told.isEmpty()) {
      return null;
    }
    Object how = runtimeService.getVariable(documentRequestInstance, DocumentRequestNotices.APPLICANT_NOTIFIED_BY);
    Object at = runtimeService.getVariable(documentRequestInstance, DocumentRequestNotices.APPLICANT_NOTIFIED_AT);
    Object portal = runtimeService.getVariable(documentRequestInstance, DocumentRequestNotices.NOTICE_ACKNOWLEDGED_BY);
    var task = told.get(0);
    return new ApplicantNotified(how == null ? null : how.toString(),
        time.moment(at instanceof Date date ? date : task.getEndTime()),
        portal == null ? task.getAssignee() : null, portal == null ? null : portal.toString());
  }

  private List<DeadlineChangeView> deadlineChanges(String id) {
    return records.deadlineChanges(id).stream()
        .map(c -> new DeadlineChangeView(c.kind(), time.day(c.previousDue()), time.day(c.due()), c.reason(),
            time.moment(c.at()), c.by()))
        .toList();
  }

  private ApplicationResult result(ApplicationRecord row, Map<String, Object> variables, List<String> missing) {
    ApplicationStatus status = row.status();
    if (!status.isFinal() && status != ApplicationStatus.RESULT_READY) {
      return null;
    }
    return new ApplicationResult(status.isFinal() ? status.name() : null, (String) variables.get(DECISION),
        (String) variables.get(REFUSAL_GROUND), (String) variables.get(DECISION_COMMENT),
        status == ApplicationStatus.REFUSED_TO_ACCEPT ? missing : null,
        (String) variables.get(InformationRequests.INFORMATION_ANSWER),
        variables.get(AUTOMATED_RESULT) == null ? null : variables.get(AUTOMATED_RESULT).toString(),
        time.moment(row.closedAt()));
  }

  private List<String> complaints(String id) {
    List<String> ids = new ArrayList<>();
    for (HistoricProcessInstance complaint : historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(COMPLAINT_PROCESS).variableValueEquals(APPLICATION_ID, id)
        .orderByProcessInstanceStartTime().asc().list()) {
      Object complaintId = variables(complaint.getId()).get(COMPLAINT_ID);
      ids.add(complaintId != null ? complaintId.toString() : complaint.getBusinessKey());
    }
    return ids;
  }

  /** The steps of an instance in order, each called block's steps right after the step that called it. */
  List<HistoryStep> history(String processInstanceId) {
    List<HistoryStep> steps = new ArrayList<>();
    append(processInstanceId, steps, 0);
    return steps;
  }

  private void append(String processInstanceId, List<HistoryStep> steps, int depth) {
    for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).orderPartiallyByOccurrence().asc().list()) {
      if (!NOT_STEPS.contains(activity.getActivityType())) {
        steps.add(new HistoryStep(activity.getProcessDefinitionKey(), activity.getActivityId(),
            activity.getActivityName(), activity.getActivityType(), time.moment(activity.getStartTime()),
            time.moment(activity.getEndTime()), activity.getAssignee(), activity.isCanceled() ? Boolean.TRUE : null));
      }
      if (activity.getCalledProcessInstanceId() != null && depth < MAX_DEPTH) {
        append(activity.getCalledProcessInstanceId(), steps, depth + 1);
      }
    }
  }

  private String processKey(String processDefinitionId) {
    return processDefinitionId == null ? null : processKeys.computeIfAbsent(processDefinitionId,
        id -> repositoryService.getProcessDefinition(id).getKey());
  }

  static String abbreviate(String value) {
    return value == null ? "null" : value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
