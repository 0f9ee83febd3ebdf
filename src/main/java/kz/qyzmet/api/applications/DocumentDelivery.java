package kz.qyzmet.api.applications;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.List;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.Violations;
import kz.qyzmet.api.standards.StandardChecks;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.CodeList;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers further documents to the document request an application is waiting in (message
 * {@code DocumentsDelivered}, correlated by the application's id as business key). The review goes
 * on at once, its due date counted again from the arrival.
 *
 * <p>Deliveries to one application follow one another: each locks the application's row first and
 * looks for the waiting request only then, in the transaction that correlates the message. Without
 * the lock two deliveries at once both found the request waiting, and the later one, reading the
 * process's variables after the first had committed, failed half-way through the process (a 500)
 * instead of finding nothing to deliver to (a 409). A delivery is not retried: a second one is a
 * client's mistake, answered 409.
 */
@Service
public class DocumentDelivery {

  private static final String NOTHING_WAITING = "No document request of application %s is waiting for documents";

  private final ApplicationViews views;
  private final StandardsCatalog catalog;
  private final StandardChecks checks;
  private final RuntimeService runtimeService;
  private final ApiTime time;
  private final ApplicationRecords records;
  private final TransactionTemplate transaction;

  public DocumentDelivery(ApplicationViews views, StandardsCatalog catalog, StandardChecks checks,
      RuntimeService runtimeService, ApiTime time, ApplicationRecords records,
      PlatformTransactionManager transactionManager) {
    this.records = records;
    this.transaction = new TransactionTemplate(transactionManager);
    this.views = views;
    this.catalog = catalog;
    this.checks = checks;
    this.runtimeService = runtimeService;
    this.time = time;
  }

  /** @param documents the codes delivered */
  public record DeliverDocumentsRequest(List<String> documents) {}

  /** The application after the delivery: its status and its due date counted from the arrival. */
  public record DeliveryAnswer(String applicationId, List<String> documentsDelivered, String status,
      java.time.LocalDate dueDate, java.time.OffsetDateTime dueAt) {}

  public DeliveryAnswer deliver(String applicationId, DeliverDocumentsRequest request) {
    return transaction.execute(status -> deliverLocked(applicationId, request));
  }

  private DeliveryAnswer deliverLocked(String applicationId, DeliverDocumentsRequest request) {
    ApplicationRecord row = views.require(applicationId);
    records.lock(row.id());
    catalog.require(row.standardNumber());
    Standard standard = views.wordingOf(row).standard();
    List<Execution> waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(row.id())
        .messageEventSubscriptionName(ApplicationViews.DOCUMENTS_DELIVERED_MESSAGE).list();
    if (waiting.isEmpty()) {
      throw ApiException.conflict("id", NOTHING_WAITING.formatted(row.id()));
    }
    List<String> requested = CodeList.parse((String) runtimeService.getVariable(waiting.get(0).getProcessInstanceId(),
        REQUESTED_DOCUMENTS));
    Violations violations = new Violations();
    List<String> documents = checks.documents(violations, "documents", standard, request.documents(), false,
        requested);
    violations.throwIfAny();
    try {
      runtimeService.createMessageCorrelation(ApplicationViews.DOCUMENTS_DELIVERED_MESSAGE)
          .processInstanceBusinessKey(row.id())
          .setVariable(DOCUMENTS_DELIVERED, CodeList.format(documents))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      // DeliveryAnswer by someone else (or closed at its cap) since we looked.
      throw ApiException.conflict("id", NOTHING_WAITING.formatted(row.id()));
    }
    ApplicationRecord after = views.require(row.id());
    return new DeliveryAnswer(after.id(), documents, after.status().name(), time.day(after.dueAt()),
        time.moment(after.dueAt()));
  }
}
