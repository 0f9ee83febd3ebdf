package kz.qyzmet.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * {@code GET /camunda/api/cockpit/plugin/qyzmet-sla/{engine}/sla[?processDefinitionId=...]}: the SLA
 * report for the Cockpit plugin. The webapp has authenticated the request by its session (the
 * security filter lets only logged-in users of the engine through); this resource lets through only
 * process owners and administrators, like {@code /api/v1/sla}. With {@code processDefinitionId}
 * (a process definition's tab) the report covers that definition's standard.
 */
public class SlaPluginResource extends AbstractCockpitPluginResource {

  private final SlaService sla;
  private final ObjectMapper json;

  public SlaPluginResource(String engineName, SlaService sla, ObjectMapper json) {
    super(engineName);
    this.sla = sla;
    this.json = json;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response report(@QueryParam("processDefinitionId") String processDefinitionId) {
    Authentication user = getCurrentAuthentication();
    if (user == null) {
      return problem(Response.Status.UNAUTHORIZED, "Log in to Cockpit first");
    }
    if (!SlaAccess.allowed(user.getGroupIds()) && !isCamundaAdmin(user)) {
      return problem(Response.Status.FORBIDDEN, SlaAccess.refusal(user.getUserId()));
    }
    SlaReport.Scope scope = SlaReport.Scope.all();
    if (processDefinitionId != null && !processDefinitionId.isBlank()) {
      ProcessDefinition definition;
      try {
        // Read as the user: the engine's authorizations decide whether the definition is visible.
        definition = getProcessEngine().getRepositoryService().getProcessDefinition(processDefinitionId);
      } catch (ProcessEngineException e) {
        return problem(Response.Status.NOT_FOUND, "No process definition " + processDefinitionId);
      }
      scope = sla.scopeOf(definition.getKey());
    }
    // The role was checked above; the report itself is computed as /api/v1/sla computes it, not
    // under the user's engine rights (with which a process owner reads no process variable).
    IdentityService identity = getProcessEngine().getIdentityService();
    identity.clearAuthentication();
    try {
      return json(Response.Status.OK, sla.report(scope));
    } finally {
      identity.setAuthentication(user);
    }
  }

  private Response problem(Response.Status status, String message) {
    return json(status, Map.of("type", status.getReasonPhrase(), "message", message));
  }

  /** Written by Spring's ObjectMapper, so that the JSON is exactly that of {@code /api/v1/sla}. */
  private Response json(Response.Status status, Object body) {
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON).entity(json.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("SLA report not serializable", e);
    }
  }
}
