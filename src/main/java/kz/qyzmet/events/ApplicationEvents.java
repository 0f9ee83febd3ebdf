package kz.qyzmet.events;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.application.DeadlineChange;
import kz.qyzmet.catalog.KindNames;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.events.EventOutbox.Named;
import kz.qyzmet.process.ApplicationWording;
import kz.qyzmet.process.CodeList;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.ReviewOptions;
import kz.qyzmet.process.TaskFormTexts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The events of applications, built where the change is written (ApplicationRecords,
 * ApplicationProgress, Breaches, ComplaintRegistration) and handed to the {@link EventOutbox} in the
 * same transaction. Documents and grounds are named in Kazakh and Russian, as the standard's table
 * names them; nothing names the applicant.
 */
@Component
public class ApplicationEvents {

  /** Why a due date moves, by the kind of DeadlineChange. */
  private static final Map<String, KindNames.Name> CHANGE_KINDS = Map.ofEntries(
      Map.entry("DOCUMENT_REQUEST", new KindNames.Name("Қосымша құжаттар сұратылды",
          "Запрошены дополнительные документы", "Additional documents requested")),
      Map.entry("DOCUMENTS_ARRIVED", new KindNames.Name("Қосымша құжаттар ұсынылды",
          "Представлены дополнительные документы", "Additional documents received")),
      Map.entry("EXTENSION", new KindNames.Name("Мерзім ұзартылды", "Срок продлён", "Term extended")),
      Map.entry("ERRORS_FOUND", new KindNames.Name("Қателер анықталды", "Выявлены ошибки", "Errors found")),
      Map.entry("ERRORS_CORRECTED", new KindNames.Name("Қателер түзетілді", "Ошибки исправлены", "Errors corrected")),
      Map.entry("CASE_TYPE_CHANGED", new KindNames.Name("Өтініш түрі өзгертілді", "Изменён вид обращения",
          "Case type changed")),
      Map.entry("CALENDAR_CORRECTION", new KindNames.Name("Жұмыс күндерінің күнтізбесі өзгертілді",
          "Изменён производственный календарь", "Working-day calendar corrected")),
      Map.entry("DECIDED", new KindNames.Name("Шешім қабылданды", "Решение принято", "Decision taken")),
      Map.entry("DECISION_NOTIFIED", new KindNames.Name("Өтініш берушіге шешім туралы хабарланды",
          "Заявитель уведомлён о решении", "Applicant told of the decision")),
      Map.entry("APPLICANT_DOCUMENTS", new KindNames.Name("Өтініш берушінің құжаттары қабылданды",
          "Приняты документы заявителя", "Applicant's documents received")));

  private final EventOutbox outbox;
  private final TaskFormTexts formTexts;
  private final ReviewOptions reviewOptions;
  private final StandardsCatalog catalog;
  private final ApiTime time;
  private final ApplicationWording applicationWording;

  public ApplicationEvents(EventOutbox outbox, @Lazy TaskFormTexts formTexts, @Lazy ReviewOptions reviewOptions,
      StandardsCatalog catalog, ApiTime time, @Lazy ApplicationWording applicationWording) {
    this.applicationWording = applicationWording;
    this.outbox = outbox;
    this.formTexts = formTexts;
    this.reviewOptions = reviewOptions;
    this.catalog = catalog;
    this.time = time;
  }

  /** Accepted with a complete package; its statutory due date is on the application. */
  public void registered(String applicationId) {
    outbox.emit(applicationId, EventType.APPLICATION_REGISTERED);
  }

  /** A status written by the process: the ones that are events of their own. */
  public void statusChanged(DelegateExecution execution, ApplicationStatus status) {
    String id = (String) execution.getVariable(APPLICATION_ID);
    switch (status) {
      case REFUSED_TO_ACCEPT -> outbox.emit(id, EventType.APPLICATION_REFUSED_TO_ACCEPT,
          Map.of("missingDocuments", documents(execution, MISSING_DOCUMENTS)));
      case WITHDRAWN -> outbox.emit(id, EventType.APPLICATION_WITHDRAWN);
      case ANSWERED -> outbox.emit(id, EventType.APPLICATION_ANSWERED);
      case GRANTED, REFUSED -> outbox.emit(id, EventType.RESULT_HANDED_OVER, Map.of("outcome", status.name()));
      default -> {
        // IN_REVIEW, AWAITING_DOCUMENTS, RESULT_READY: reported by the steps that set them.
      }
    }
  }

  /** The documents-requested event is the notice the portal gives the applicant (issue #21, item 2). */
  public void documentsRequested(DelegateExecution execution) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("requestedDocuments", documents(execution, REQUESTED_DOCUMENTS));
    data.put("requestedAt", time.moment((Date) execution.getVariable(DOCUMENTS_REQUESTED_AT)));
    data.put("noticeDueDate", time.day((Date) execution.getVariable(NOTIFY_APPLICANT_DUE_DATE)));
    data.put("noticeDueAt", time.moment((Date) execution.getVariable(NOTIFY_APPLICANT_DUE_DATE)));
    data.put("documentsDueDate", time.day((Date) execution.getVariable(DOCUMENTS_CAP_DATE)));
    outbox.emit((String) execution.getVariable(APPLICATION_ID), EventType.DOCUMENTS_REQUESTED, data);
  }

  public void documentsReceived(DelegateExecution execution) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("documents", documents(execution, DOCUMENTS_DELIVERED));
    data.put("receivedAt", time.moment((Date) execution.getVariable(DOCUMENTS_ARRIVED_AT)));
    outbox.emit((String) execution.getVariable(APPLICATION_ID), EventType.DOCUMENTS_RECEIVED, data);
  }

  /** The decision (granted or refused, with its ground), then the result being ready to hand over. */
  public void decided(DelegateExecution execution) {
    String id = (String) execution.getVariable(APPLICATION_ID);
    String decision = (String) execution.getVariable(DECISION);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("decision", decision);
    data.put("decidedAt", time.moment((Date) execution.getVariable(DECIDED_AT)));
    if (ReviewOptions.REFUSE.equals(decision)) {
      data.put("refusalGround", ground(execution, (String) execution.getVariable(REFUSAL_GROUND)));
    }
    outbox.emit(id, EventType.APPLICATION_DECIDED, data);
    outbox.emit(id, EventType.RESULT_READY, Map.of("decision", decision == null ? "" : decision));
  }

  /** A moved due date; the first (at registration) is the registered event's. */
  public void dueDateChanged(String applicationId, DeadlineChange change) {
    if ("REGISTERED".equals(change.kind()) || "IMPORTED".equals(change.kind())) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("previousDueDate", time.day(change.previousDue()));
    data.put("dueDate", time.day(change.due()));
    data.put("previousDueAt", time.moment(change.previousDue()));
    data.put("dueAt", time.moment(change.due()));
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("kind", change.kind());
    Optional<KindNames.Name> name = "EXTENSION".equals(change.kind()) && change.reason() != null
        ? KindNames.extension(change.reason().split(":")[0].trim()).or(() -> Optional.ofNullable(CHANGE_KINDS.get("EXTENSION")))
        : Optional.ofNullable(CHANGE_KINDS.get(change.kind()));
    name.ifPresent(n -> {
      reason.put("nameKk", n.kk());
      reason.put("nameRu", n.ru());
    });
    data.put("reason", reason);
    outbox.emit(applicationId, EventType.DUE_DATE_CHANGED, data);
  }

  /** A statutory deadline passed with its work undone (recorded once per deadline). */
  public void breached(String applicationId, String kind, Date due) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("deadline", kind);
    data.put("dueDate", time.day(due));
    data.put("dueAt", time.moment(due));
    outbox.emit(applicationId, EventType.TERM_BREACHED, data);
  }

  public void complaintRegistered(DelegateExecution execution) {
    String level = (String) execution.getVariable(COMPLAINT_LEVEL);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("complaintId", execution.getVariable(COMPLAINT_ID));
    data.put("level", level);
    KindNames.complaintLevel(level).ifPresent(n -> {
      data.put("levelNameKk", n.kk());
      data.put("levelNameRu", n.ru());
    });
    data.put("registeredAt", time.moment((Date) execution.getVariable(COMPLAINT_REGISTERED_AT)));
    data.put("dueDate", time.day((Date) execution.getVariable(COMPLAINT_DUE_DATE)));
    outbox.emit((String) execution.getVariable(APPLICATION_ID), EventType.COMPLAINT_REGISTERED, data);
  }

  /**
   * The complaint's review task completed: the complaint is answered. Heard through the engine's
   * Spring event bridge (camunda.bpm.eventing.task), inside the transaction that completes the task.
   */
  @EventListener(condition = "#task.eventName == 'complete' && #task.taskDefinitionKey == 'UserTask_ReviewComplaint'")
  public void complaintAnswered(DelegateTask task) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("complaintId", task.getVariable(COMPLAINT_ID));
    data.put("outcome", task.getVariable(COMPLAINT_OUTCOME));
    data.put("answeredAt", time.moment(time.now()));
    outbox.emit((String) task.getVariable(APPLICATION_ID), EventType.COMPLAINT_ANSWERED, data);
  }

  private List<Named> documents(DelegateExecution execution, String variable) {
    List<String> codes = CodeList.parse(execution.getVariable(variable) instanceof String s ? s : null);
    if (codes.isEmpty()) {
      return List.of();
    }
    Map<String, RequiredDocument> known = formTexts.choices(execution, "UserTask_ReviewApplication");
    List<Named> named = new ArrayList<>();
    for (String code : codes) {
      RequiredDocument document = known.get(code);
      named.add(document == null ? new Named(code, null, null)
          : new Named(code, document.nameKk(), document.nameRu()));
    }
    return named;
  }

  private Named ground(DelegateExecution execution, String code) {
    if (code == null) {
      return null;
    }
    // The grounds of the wording the application answers to (an amendment may add or reword one).
    Optional<Standard> standard = execution.getVariable(STANDARD_NUMBER) instanceof Number n
        && catalog.byNumber(n.intValue()).isPresent()
        ? Optional.of(applicationWording.of(execution::getVariable).standard()) : Optional.empty();
    if (standard.isEmpty()) {
      return new Named(code, null, null);
    }
    return standard.get().refusalGrounds().stream().filter(g -> g.code().equals(code)).findFirst()
        .map(g -> new Named(code, g.nameKk(), g.nameRu()))
        .orElseGet(() -> reviewOptions.refusalGrounds(standard.get(), (String) execution.getVariable(CHANNEL))
            .stream().filter(o -> o.value().equals(code)).findFirst().map(o -> {
              String[] parts = o.label().split(" / ", 2);
              return new Named(code, parts[0], parts.length > 1 ? parts[1] : null);
            }).orElse(new Named(code, null, null)));
  }

}
