package kz.qyzmet.receipt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;

/**
 * {@code GET /camunda/api/tasklist/plugin/qyzmet-receipts/{engine}/receipts/{applicationId}?lang=kk|ru}:
 * the receipt as PDF for a worker logged in to Tasklist. Camunda's filter has let through only a
 * logged-in user of the engine (401 otherwise); this gives the receipt to
 * <ul>
 *   <li>the worker who took the application in (its {@code createdBy}),
 *   <li>a worker who can see an open task of it, the engine's authorizations deciding (a task query
 *       run as that worker over the process instances of the application: its own and the blocks
 *       it called),
 *   <li>an administrator,
 * </ul>
 * and answers anyone else 403 in words. The receipt itself is read as the system.
 */
public class ReceiptPluginResource extends AbstractTasklistPluginResource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Receipts receipts;
  private final ReceiptPdf pdf;

  public ReceiptPluginResource(String engineName, Receipts receipts, ReceiptPdf pdf) {
    super(engineName);
    this.receipts = receipts;
    this.pdf = pdf;
  }

  @GET
  @Path("{applicationId}")
  public Response receipt(@PathParam("applicationId") String applicationId, @QueryParam("lang") String lang) {
    ProcessEngine engine = getProcessEngine();
    IdentityService identity = engine.getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return problem(401, "Алдымен Tasklist-ке кіріңіз / Сначала войдите в Tasklist");
    }
    ReceiptLanguage language = ReceiptLanguage.of(lang).orElse(null);
    if (language == null) {
      return problem(400, "Қолхат тілі kk (қазақша) немесе ru (орысша) болуы керек / "
          + "Язык расписки должен быть kk (казахский) или ru (русский)");
    }
    try {
      ApplicationRecord row = receipts.application(applicationId);
      if (!mayHave(engine, user, row)) {
        return problem(403, user.getUserId() + " қызметкері № " + row.id() + " өтініштің қолхатын ала алмайды: ол "
            + "өтінішті қабылдаған жоқ және оның ашық тапсырмасын көрмейді / Работник " + user.getUserId()
            + " не может получить расписку по заявлению № " + row.id() + ": он не принимал это заявление и не "
            + "видит его открытых задач");
      }
      identity.clearAuthentication();
      try {
        Receipt receipt = receipts.receipt(row.id(), language, true);
        return Response.ok(pdf.render(receipt), ReceiptController.PDF)
            .header("Content-Disposition", "inline; filename=\"" + ReceiptController.fileName(receipt, row.id()) + "\"")
            .header("Cache-Control", "no-store")
            .build();
      } finally {
        identity.setAuthentication(user);
      }
    } catch (ReceiptUnavailable e) {
      return problem(e.status(), e.kkRu());
    }
  }

  /** The worker who took it in, an administrator, or one who can see an open task of it. */
  private static boolean mayHave(ProcessEngine engine, Authentication user, ApplicationRecord row) {
    if (user.getUserId().equals(row.createdBy())
        || (user.getGroupIds() != null && user.getGroupIds().contains(Roles.ADMIN))) {
      return true;
    }
    List<String> instances = new ArrayList<>();
    IdentityService identity = engine.getIdentityService();
    identity.clearAuthentication();
    try {
      // Which instances are the application's is the system's to say; which tasks the worker sees, the engine's.
      for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(row.id()).list()) {
        instances.add(instance.getId());
        for (ProcessInstance called : engine.getRuntimeService().createProcessInstanceQuery()
            .rootProcessInstanceId(instance.getRootProcessInstanceId()).list()) {
          instances.add(called.getId());
        }
      }
    } finally {
      identity.setAuthentication(user);
    }
    if (instances.isEmpty()) {
      return false;
    }
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(instances.stream().distinct()
        .toArray(String[]::new)).count() > 0;
  }

  private static Response problem(int status, String detail) {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("status", status);
    problem.put("detail", detail);
    // What Tasklist's own scripts show of an error.
    problem.put("message", detail);
    return Response.status(status).type("application/problem+json; charset=UTF-8").entity(problem.toString()).build();
  }
}
