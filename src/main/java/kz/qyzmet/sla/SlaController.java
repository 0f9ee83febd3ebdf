package kz.qyzmet.sla;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/sla}: the SLA report over HTTP Basic, for process owners and administrators
 * (403 for anyone else). The Cockpit plugin reads the same report through its own resource
 * ({@link SlaPluginResource}), on the webapp's session.
 */
@RestController
@RequestMapping("/api/v1/sla")
public class SlaController {

  private final SlaService sla;

  public SlaController(SlaService sla) {
    this.sla = sla;
  }

  /** Every standard: the dashboard's figures. */
  @GetMapping(produces = "application/json")
  public ResponseEntity<?> all(Authentication caller) {
    return allowed(caller) ? ResponseEntity.ok(sla.report(SlaReport.Scope.all())) : forbidden(caller);
  }

  /** One standard, by number. */
  @GetMapping(path = "/standards/{number}", produces = "application/json")
  public ResponseEntity<?> standard(@PathVariable int number, Authentication caller) {
    return allowed(caller) ? ResponseEntity.ok(sla.report(sla.scopeOfStandard(number))) : forbidden(caller);
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
