package kz.qyzmet.regions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.security.Roles;
import kz.qyzmet.sla.SlaAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/sla/regions}: the SLA report across the regions (docs/scale.md), for the same
 * readers as {@code GET /api/v1/sla}. Each region's deployment is asked with the caller's own
 * credentials, so it applies its own rights.
 */
@RestController
@Tag(name = "SLA")
public class NationalSlaController {

  private final NationalSla national;

  public NationalSlaController(NationalSla national) {
    this.national = national;
  }

  @GetMapping(path = "/api/v1/sla/regions", produces = "application/json")
  @Operation(operationId = "getNationalSlaReport", summary = "The SLA report across the regions",
      description = "Every region's deployment is asked for its report at once, with the caller's credentials: each "
      + "region's total, and the figures summed per standard and overall over the regions that answered (counts add "
      + "up; the breach rate is computed from the summed terms; medians are given per region only). A region whose "
      + "deployment does not answer in time, or refuses, is named in unanswered and left out of the sums; the report "
      + "is still 200. A deployment without regions set up reports itself alone. camunda-admin and process-owners.")
  @ApiResponse(responseCode = "200", description = "The report",
      content = @Content(schema = @Schema(implementation = NationalSlaReport.class)))
  @ApiResponse(responseCode = "403", description = "Only camunda-admin and process-owners read the SLA report")
  public NationalSlaReport regions(@Parameter(hidden = true) HttpServletRequest request, Authentication caller) {
    List<String> groups = caller == null ? List.of() : caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(Roles.AUTHORITY_PREFIX))
        .map(a -> a.substring(Roles.AUTHORITY_PREFIX.length()))
        .toList();
    if (!SlaAccess.allowed(groups)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "caller", "forbidden", "Only camunda-admin and process-owners "
          + "read the SLA report");
    }
    return national.report(request.getHeader("Authorization"));
  }
}
