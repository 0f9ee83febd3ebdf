package kz.qyzmet.api.complaints;

import static kz.qyzmet.process.ProcessVariables.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.StrictJson;
import kz.qyzmet.api.applications.ApplicationViews;
import kz.qyzmet.api.complaints.ComplaintFiling.ComplaintCreated;
import kz.qyzmet.api.complaints.ComplaintFiling.ComplaintRequest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Complaints about applications: filed against an application, followed by their own id. */
@RestController
@Tag(name = "Complaints", description = "File a complaint about an application (provider: 5 working days, PSC "
    + "head for a PSC employee: the standard's term, quality authority: 15) and follow it. Filing: as for submitting "
    + "applications; reading: every role.")
public class ComplaintsController {

  private final ComplaintFiling filing;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final ApplicationViews applications;
  private final StrictJson json;
  private final ApiRights rights;
  private final ApiTime time;

  public ComplaintsController(ComplaintFiling filing, HistoryService historyService, TaskService taskService,
      ApplicationViews applications, StrictJson json, ApiRights rights, ApiTime time) {
    this.filing = filing;
    this.historyService = historyService;
    this.taskService = taskService;
    this.applications = applications;
    this.json = json;
    this.rights = rights;
    this.time = time;
  }

  @PostMapping(path = "/api/v1/applications/{id}/complaints", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "fileComplaint", summary = "File a complaint about an application",
      description = "Registered now; reviewed by the "
      + "department heads within 5 working days (level provider), by the PSC heads within the term the catalog "
      + "gives (level psc-head: a PSC employee's actions, where the decree provides it; 5 working days) or by the "
      + "quality inspectors within 15 (level quality-authority), counted from the day after registration. Callers: "
      + "as for submitting applications.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = ComplaintRequest.class),
          examples = {
              @ExampleObject(name = "provider", summary = "To the provider: the application was not reviewed in "
                  + "time", description = "Reviewed by the department heads within 5 working days.",
                  value = "{\"level\": \"provider\", \"text\": \"Өтінішім мерзімінде қаралмады\"}"),
              @ExampleObject(name = "psc-head", summary = "To the PSC's head: about a PSC employee",
                  description = "Only for an application handed in at a PSC, of a standard that provides it "
                  + "(standard 2 does).",
                  value = "{\"level\": \"psc-head\", \"text\": \"ХҚО қызметкері құжаттарды қабылдаудан негізсіз "
                  + "бас тартты\"}")}))
  @ApiResponse(responseCode = "201", description = "Registered, with its review due date",
      headers = @Header(name = "Location", description = "/api/v1/complaints/{id}",
          schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "400", description = "level or text missing or wrong")
  @ApiResponse(responseCode = "403", description = "The caller's groups may not file complaints")
  @ApiResponse(responseCode = "404", description = "No such application")
  @ApiResponse(responseCode = "422", description = "level psc-head where the standard provides no complaint to the "
      + "PSC's head, or the application was not handed in at a PSC")
  @ApiResponse(responseCode = "413", description = "The body is longer than 100 000 characters")
  public ResponseEntity<ComplaintCreated> file(@PathVariable("id") @Parameter(description = "The application's id",
      example = "S02-20261125-9289519B") String applicationId,
      @RequestBody(required = false) String body) {
    rights.require(Right.SUBMIT);
    applications.require(applicationId);
    ComplaintCreated created = filing.file(applicationId, json.read(body, ComplaintRequest.class));
    return ResponseEntity.created(URI.create("/api/v1/complaints/" + created.id())).body(created);
  }

  @GetMapping(path = "/api/v1/complaints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getComplaint", summary = "A complaint as it stands", description = "Its review's term, "
      + "status and open steps; once decided its outcome and reasons, and the appeal's id where a rejected complaint "
      + "went on to the quality authority. Every role may read.")
  @ApiResponse(responseCode = "200", description = "The complaint")
  @ApiResponse(responseCode = "403", description = "The caller is in none of the groups that read")
  @ApiResponse(responseCode = "404", description = "No such complaint")
  public ComplaintView one(@PathVariable("id") @Parameter(description = "The complaint's id (or its appeal's, "
      + "<id>-QA)", example = "C-S02-20261125-17AED26D") String id) {
    rights.require(Right.READ);
    HistoricProcessInstance instance = find(id);
    Map<String, Object> v = variables(instance.getId());
    String appealId = historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .list().stream().map(appeal -> (String) variables(appeal.getId()).get(COMPLAINT_ID)).findFirst().orElse(null);
    boolean open = instance.getEndTime() == null;
    Date due = (Date) v.get(COMPLAINT_DUE_DATE);
    return new ComplaintView(id, (String) v.get(APPLICATION_ID),
        v.get(STANDARD_NUMBER) instanceof Number n ? n.intValue() : null, (String) v.get(COMPLAINT_LEVEL),
        (String) v.get(COMPLAINT_TEXT), time.moment((Date) v.get(COMPLAINT_REGISTERED_AT)), time.day(due),
        time.moment(due), open ? "UNDER_REVIEW" : "CLOSED", (String) v.get(COMPLAINT_REVIEWER_GROUP),
        open ? taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream()
            .map(applications::step).toList() : List.of(),
        (String) v.get(COMPLAINT_OUTCOME), (String) v.get(COMPLAINT_REASONS), appealId,
        time.moment(instance.getEndTime()));
  }

  /** By business key; a complaint that went on to the quality authority has its id only as a variable. */
  private HistoricProcessInstance find(String id) {
    if (id == null || id.length() > 128) {
      throw ApiException.notFound("id", "No complaint " + id);
    }
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ComplaintFiling.PROCESS)
        .processInstanceBusinessKey(id).list().stream().findFirst()
        .or(() -> historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ComplaintFiling.PROCESS)
            .variableValueEquals(COMPLAINT_ID, id).list().stream().findFirst())
        .orElseThrow(() -> ApiException.notFound("id", "No complaint " + id));
  }

  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      if (processInstanceId.equals(variable.getActivityInstanceId()) || !values.containsKey(variable.getName())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }
}
