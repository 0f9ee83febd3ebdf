package kz.qyzmet.casefile;

import static kz.qyzmet.process.ProcessVariables.APPLICATION_ID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;

/**
 * {@code GET /camunda/api/tasklist/plugin/qyzmet-case-files/{engine}/files/{fileId}}: a file of an
 * application's case file for a worker logged in to Tasklist (Camunda's filter lets through only a
 * logged-in user of the engine, 401 otherwise). Files are personal data: a worker gets one only
 * while they may work on an open task of the application, as its assignee or a candidate (by user
 * or by one of their groups), in its own process, a block it called, or a complaint about it; an
 * administrator always. Anyone else is answered 403 in words. Whether the worker is a candidate is
 * the system's to say, so the task queries run without the worker's authorizations.
 */
public class CaseFilePluginResource extends AbstractTasklistPluginResource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseFiles caseFiles;

  public CaseFilePluginResource(String engineName, CaseFiles caseFiles) {
    super(engineName);
    this.caseFiles = caseFiles;
  }

  @GET
  @Path("{fileId}")
  public Response file(@PathParam("fileId") String fileId) {
    ProcessEngine engine = getProcessEngine();
    IdentityService identity = engine.getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return problem(401, "Алдымен Tasklist-ке кіріңіз / Сначала войдите в Tasklist");
    }
    CaseFile file = caseFiles.find(fileId).orElse(null);
    if (file == null) {
      return problem(404, "Мұндай файл жоқ / Такого файла нет");
    }
    identity.clearAuthentication();
    try {
      if (!mayWorkOn(engine.getTaskService(), user, file.applicationId())) {
        return problem(403, user.getUserId() + " қызметкері № " + file.applicationId() + " өтініштің файлдарын ала "
            + "алмайды: ол оның ашық тапсырмасының орындаушысы да, үміткері де емес / Работник " + user.getUserId()
            + " не может получить файлы заявления № " + file.applicationId() + ": он не исполнитель и не кандидат "
            + "его открытой задачи");
      }
      CaseFiles.Content content = caseFiles.read(file.applicationId(), file.id());
      return Response.ok(content.bytes(), file.contentType())
          .header("Content-Disposition", CaseFileController.contentDisposition(file.fileName()))
          .header("ETag", "\"" + file.sha256() + "\"")
          .header("Digest", CaseFileController.digest(file))
          .header("X-Content-Type-Options", "nosniff")
          .header("Cache-Control", "no-store")
          .build();
    } catch (ApiException e) {
      return problem(e.status().value(), "Мұндай файл жоқ / Такого файла нет");
    } finally {
      identity.setAuthentication(user);
    }
  }

  /** An administrator, or the assignee or a candidate of an open task of the application. */
  static boolean mayWorkOn(TaskService tasks, Authentication user, String applicationId) {
    if (user.getGroupIds() != null && user.getGroupIds().contains(Roles.ADMIN)) {
      return true;
    }
    String id = user.getUserId();
    return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskAssignee(id).count() > 0
        || tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskCandidateUser(id)
            .includeAssignedTasks().count() > 0
        || tasks.createTaskQuery().processVariableValueEquals(APPLICATION_ID, applicationId).taskAssignee(id).count() > 0
        || tasks.createTaskQuery().processVariableValueEquals(APPLICATION_ID, applicationId).taskCandidateUser(id)
            .includeAssignedTasks().count() > 0;
  }

  private static Response problem(int status, String detail) {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("message", detail);
    return Response.status(status).type("application/problem+json; charset=UTF-8").entity(problem.toString()).build();
  }
}
