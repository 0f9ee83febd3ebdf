package kz.qyzmet.api.applications;

import static kz.qyzmet.process.ProcessVariables.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.standards.StandardChecks;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.events.EventOutbox;
import kz.qyzmet.events.EventType;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's word that the applicant was told of a document request. Most standards oblige the
 * provider to tell the applicant within 5 working days that further documents are needed (e.g.
 * standard 6, p. 4(1)); for an application made on the portal the notice is the request shown in
 * the applicant's personal cabinet, which the portal learns of by the documents-requested event.
 * When the portal confirms it, the specialist's step "tell the applicant" of the document request
 * ({@value #NOTIFY_TASK}) completes by itself, recording how, when and on whose word. Without the
 * confirmation the step and its 5-day escalation stay as they are.
 */
@Service
public class DocumentRequestNotices {

  static final String NOTIFY_TASK = "UserTask_NotifyApplicant";
  static final String DOCUMENT_REQUEST_PROCESS = "common-document-request";
  /** The value the notify-applicant form uses for the personal cabinet (its select "applicantNotifiedBy"). */
  public static final String PORTAL_CABINET = "egov-cabinet";
  public static final String APPLICANT_NOTIFIED_BY = "applicantNotifiedBy";
  public static final String APPLICANT_NOTIFIED_AT = "applicantNotifiedAt";
  public static final String NOTICE_ACKNOWLEDGED_BY = "noticeAcknowledgedBy";
  public static final String NOTICE_EVENT_ID = "noticeEventId";
  static final String PORTAL_CHANNEL = "portal";
  private static final int MAX_EVENT_ID = 128;

  private final ApplicationViews views;
  private final ApplicationRecords records;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final ApiTime time;
  private final EventOutbox events;
  private final TransactionTemplate transaction;

  public DocumentRequestNotices(ApplicationViews views, ApplicationRecords records, TaskService taskService,
      HistoryService historyService, ApiTime time, EventOutbox events, PlatformTransactionManager transactionManager) {
    this.views = views;
    this.records = records;
    this.taskService = taskService;
    this.historyService = historyService;
    this.time = time;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * @param toldAt when the applicant's cabinet showed the request, ISO-8601; by default now. Not in
   *     the future, not before the request
   * @param eventId the id of the documents-requested event the portal acted on (up to 128 characters)
   */
  public record NoticeAcknowledgement(String toldAt, String eventId) {}

  /** How and when the applicant was told, on whose word; {@code replay} when it had been said before. */
  public record NoticeRecorded(String applicationId, String applicantNotifiedBy, OffsetDateTime applicantNotifiedAt,
      String acknowledgedBy, String eventId, boolean replay) {}

  /**
   * Completes the waiting notice step. The same caller saying it again after the step closed on its
   * word is answered with what was recorded (a retried call), anything else with 409.
   */
  public NoticeRecorded acknowledge(String applicationId, NoticeAcknowledgement request, String caller,
      boolean administrator) {
    return transaction.execute(status -> {
      ApplicationRecord row = views.require(applicationId);
      if (!administrator && !caller.equals(row.createdBy())) {
        throw new ApiException(HttpStatus.FORBIDDEN, "Authorization", "forbidden", "User " + caller
            + " did not submit application " + row.id() + " and may not say its applicant was told");
      }
      if (!PORTAL_CHANNEL.equals(row.channel())) {
        throw ApiException.conflict("id", "Application " + row.id() + " was handed in at " + row.channel()
            + ", not on the portal: the specialist tells the applicant and records it in Tasklist");
      }
      records.lock(row.id());
      String eventId = eventId(request);
      Optional<Instant> announced = Optional.ofNullable(eventId).map(id -> events.occurredAt(id, row.id(),
          EventType.DOCUMENTS_REQUESTED).orElseThrow(() -> ApiException.badRequest("eventId", "unknown", "Event "
              + id + " is not a documents-requested event of application " + row.id()
              + ": give the id of the event Qyzmet sent, or no eventId")));
      List<Task> waiting = taskService.createTaskQuery().processInstanceBusinessKey(row.id())
          .taskDefinitionKey(NOTIFY_TASK).list();
      if (waiting.isEmpty()) {
        return earlier(row.id(), caller).orElseThrow(() -> ApiException.conflict("id", "No notice of a document "
            + "request of application " + row.id() + " is waiting: none was requested, or the applicant was told"));
      }
      Task task = waiting.get(0);
      Date requestedAt = (Date) taskService.getVariable(task.getId(), DOCUMENTS_REQUESTED_AT);
      // The event is written after the request's time is set, in the same transaction: an event from
      // before it announced an earlier request, which the applicant may have seen, but not this one.
      if (announced.isPresent() && announced.get().isBefore(requestedAt.toInstant())) {
        throw ApiException.conflict("eventId", "Event " + eventId + " announced an earlier document request of "
            + "application " + row.id() + " (" + time.moment(Date.from(announced.get())) + "); the request waiting "
            + "for its notice was made at " + time.moment(requestedAt));
      }
      Date toldAt = toldAt(request, requestedAt);
      Map<String, Object> told = new HashMap<>();
      told.put(APPLICANT_NOTIFIED_BY, PORTAL_CABINET);
      told.put(APPLICANT_NOTIFIED_AT, toldAt);
      told.put(NOTICE_ACKNOWLEDGED_BY, caller);
      told.put(NOTICE_EVENT_ID, eventId);
      taskService.complete(task.getId(), told);
      return new NoticeRecorded(row.id(), PORTAL_CABINET, time.moment(toldAt), caller, eventId, false);
    });
  }

  /** What the portal said before, if the last notice step of the application closed on this caller's word. */
  private Optional<NoticeRecorded> earlier(String applicationId, String caller) {
    List<HistoricProcessInstance> requests = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(applicationId).processDefinitionKey(DOCUMENT_REQUEST_PROCESS)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (requests.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> told = new HashMap<>();
    for (HistoricVariableInstance v : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(requests.get(0).getId())
        .variableNameIn(APPLICANT_NOTIFIED_BY, APPLICANT_NOTIFIED_AT, NOTICE_ACKNOWLEDGED_BY, NOTICE_EVENT_ID).list()) {
      told.put(v.getName(), v.getValue());
    }
    if (!caller.equals(told.get(NOTICE_ACKNOWLEDGED_BY))) {
      return Optional.empty();
    }
    return Optional.of(new NoticeRecorded(applicationId, (String) told.get(APPLICANT_NOTIFIED_BY),
        time.moment((Date) told.get(APPLICANT_NOTIFIED_AT)), caller, (String) told.get(NOTICE_EVENT_ID), true));
  }

  private static String eventId(NoticeAcknowledgement request) {
    String eventId = request == null ? null : request.eventId();
    if (eventId != null && (eventId.isBlank() || eventId.length() > MAX_EVENT_ID)) {
      throw ApiException.badRequest("eventId", "format", "eventId must be 1 to " + MAX_EVENT_ID
          + " characters (the id of the documents-requested event)");
    }
    return eventId;
  }

  private Date toldAt(NoticeAcknowledgement request, Date requestedAt) {
    Date now = time.now();
    String text = request == null ? null : request.toldAt();
    if (text == null) {
      return now;
    }
    Instant at = text.length() > 64 ? null : time.instant(text).orElse(null);
    if (at == null) {
      throw ApiException.badRequest("toldAt", "format", "toldAt must be an ISO-8601 date-time such as "
          + "2026-03-23T09:30:00+05:00, not '" + StandardChecks.abbreviate(text) + "'");
    }
    if (at.isAfter(now.toInstant())) {
      throw ApiException.badRequest("toldAt", "future", "toldAt " + text + " is in the future");
    }
    if (requestedAt != null && at.isBefore(requestedAt.toInstant())) {
      throw ApiException.badRequest("toldAt", "before-request", "toldAt " + text + " is before the documents "
          + "were requested (" + time.moment(requestedAt) + ")");
    }
    return Date.from(at);
  }
}
