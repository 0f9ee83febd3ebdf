package kz.qyzmet.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.qyzmet.security.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import kz.qyzmet.api.ApiException;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/sla}: the SLA report over HTTP Basic, for process owners and administrators
 * (403 for anyone else). The Cockpit plugin reads the same report through its own resource
 * ({@link SlaPluginResource}), on the webapp's session.
 */
@RestController
@RequestMapping("/api/v1/sla")
@Tag(name = "SLA", description = "The service-level report the Cockpit dashboard shows (docs/sla.md): applications "
    + "due, overdue and breached per standard, complaints. camunda-admin and process-owners only.")
public class SlaController {

  static final String BY_WORDING = "true: each standard's figures also split by the wording of the standard its "
      + "applications answer to (the one in force on the day of submission; docs/amendments.md), as standards[].wordings";

  private final SlaService sla;

  public SlaController(SlaService sla) {
    this.sla = sla;
  }

  /** Every standard: the dashboard's figures. */
  @GetMapping(produces = "application/json")
  @Operation(operationId = "getSlaReport", summary = "The SLA report of every standard")
  @ApiResponse(responseCode = "200", description = "The report",
      content = @Content(schema = @Schema(implementation = SlaReport.class)))
  @ApiResponse(responseCode = "400", description = "byWording is not true or false")
  @ApiResponse(responseCode = "403", description = "Only camunda-admin and process-owners read the SLA report")
  public ResponseEntity<?> all(@RequestParam(required = false) @Parameter(description = BY_WORDING,
      example = "true", schema = @Schema(type = "boolean")) String byWording, Authentication caller) {
    return allowed(caller) ? ResponseEntity.ok(sla.report(SlaReport.Scope.all(), byWording(byWording)))
        : forbidden(caller);
  }

  /** One standard, by number. */
  @GetMapping(path = "/standards/{number}", produces = "application/json")
  @Operation(operationId = "getSlaReportOfStandard", summary = "The SLA report of one standard")
  @ApiResponse(responseCode = "200", description = "The report",
      content = @Content(schema = @Schema(implementation = SlaReport.class)))
  @ApiResponse(responseCode = "400", description = "number is not a number, or byWording not true or false")
  @ApiResponse(responseCode = "403", description = "Only camunda-admin and process-owners read the SLA report")
  public ResponseEntity<?> standard(@PathVariable @Parameter(description = "1 to 30", example = "2") int number,
      @RequestParam(required = false) @Parameter(description = BY_WORDING, example = "true",
          schema = @Schema(type = "boolean")) String byWording,
      Authentication caller) {
    return allowed(caller) ? ResponseEntity.ok(sla.report(sla.scopeOfStandard(number), byWording(byWording)))
        : forbidden(caller);
  }

  /** Absent (false), true or false: Spring's own conversion would also take yes, on, 1 and an empty value. */
  private static boolean byWording(String value) {
    if (value != null && !"true".equals(value) && !"false".equals(value)) {
      throw ApiException.badRequest("byWording", "format", "must be true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static boolean allowed(Authentication caller) {
    List<String> groups = caller == null ? List.of() : caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(Roles.AUTHORITY_PREFIX))
        .map(a -> a.substring(Roles.AUTHORITY_PREFIX.length()))
        .toList();
    return SlaAccess.allowed(groups);
  }

  private static ResponseEntity<ProblemDetail> forbidden(Authentication caller) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        SlaAccess.refusal(caller == null ? "(anonymous)" : caller.getName()));
    problem.setTitle("Forbidden");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
