package kz.qyzmet.api;

import java.util.List;
import java.util.Set;
import kz.qyzmet.security.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what in {@code /api/v1} beyond the calendar (docs/api.md has the table). Spring
 * Security has already authenticated the caller (401 otherwise); this answers 403 with a problem
 * naming the right that is missing.
 *
 * <ul>
 *   <li>{@link Right#READ}: every role group; a user in none of them reads nothing.
 *   <li>{@link Right#SUBMIT} (applications, further documents, complaints): those who take things
 *       in: the integration clients (e-government portal and other systems), PSC operators, ZTMO
 *       and department specialists, and administrators. Heads (of departments and of PSCs),
 *       quality inspectors and process owners review and supervise, and only read.
 *   <li>{@link Right#ACKNOWLEDGE_NOTICE}: the portal, telling Qyzmet that the applicant saw a
 *       document request in the personal cabinet.
 *   <li>{@link Right#READ_APPLICANT} and {@link Right#SEARCH_ALL}: who sees applicants whole, and
 *       who finds applications beyond their own.
    /**
 *   <li>{@link Right#SUBSCRIBE} (events pushed to a callback): integration clients and administrators.
 *   <li>{@link Right#ADMINISTER_EVENTS} (dead letters, replay): administrators.
 *   <li>{@link Right#MIGRATE_APPLICATIONS} (an amendment's transitional provisions): administrators.
 * </ul>
 */
@Component
public class ApiRights {

  public enum Right {
    READ(List.of(Roles.ADMIN, Roles.INTEGRATION_CLIENTS, Roles.PSC_OPERATORS, Roles.ZTMO_SPECIALISTS,
        Roles.PROVIDER_SPECIALISTS, Roles.DEPARTMENT_HEADS, Roles.PSC_HEADS, Roles.QUALITY_INSPECTORS,
        Roles.PROCESS_OWNERS)),
    SUBMIT(List.of(Roles.ADMIN, Roles.INTEGRATION_CLIENTS, Roles.PSC_OPERATORS, Roles.ZTMO_SPECIALISTS,
        Roles.PROVIDER_SPECIALISTS)),
    /**
     * The applicant's whole IIN and name on any application: those who work cases. Process owners
     * and integration clients see them masked, except on the applications the caller submitted.
     */
    READ_APPLICANT(List.of(Roles.ADMIN, Roles.PSC_OPERATORS, Roles.ZTMO_SPECIALISTS, Roles.PROVIDER_SPECIALISTS,
        Roles.DEPARTMENT_HEADS, Roles.PSC_HEADS, Roles.QUALITY_INSPECTORS)),
    /**
     * Saying that the applicant was told of a document request in the portal's personal cabinet:
     * the portal (an integration client), on the applications it submitted, and administrators.
     * Workers record how they told the applicant in Tasklist instead.
     */
    ACKNOWLEDGE_NOTICE(List.of(Roles.ADMIN, Roles.INTEGRATION_CLIENTS)),
    /**
     * Finding applications among all of them ({@code GET /api/v1/applications}): those who work
     * cases, and process owners (masked, and never by IIN). Without it (integration clients) a
     * search finds only the applications the caller submitted, so that no system can enumerate
     * citizens by IIN.
     */
    SEARCH_ALL(List.of(Roles.ADMIN, Roles.PSC_OPERATORS, Roles.ZTMO_SPECIALISTS, Roles.PROVIDER_SPECIALISTS,
        Roles.DEPARTMENT_HEADS, Roles.PSC_HEADS, Roles.QUALITY_INSPECTORS, Roles.PROCESS_OWNERS)),
    /**
     * Event subscriptions (docs/events.md): the systems events are pushed to, and administrators.
     * A client sees and deletes its own subscriptions; administrators every one.
     */
    SUBSCRIBE(List.of(Roles.ADMIN, Roles.INTEGRATION_CLIENTS)),
    /** The dead-letter list of event deliveries, and replaying it: administrators. */
    ADMINISTER_EVENTS(List.of(Roles.ADMIN)),
    /** Moving running applications to an amended wording (docs/amendments.md): administrators. */
    MIGRATE_APPLICATIONS(List.of(Roles.ADMIN));

    private final List<String> groups;

    Right(List<String> groups) {
      this.groups = groups;
    }

    public List<String> groups() {
      return groups;
    }
  }

  /** Whether the caller has the right (no answer is given). */
  public boolean has(Right right) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return false;
    }
    Set<String> authorities = Set.copyOf(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    return right.groups().stream().map(Roles::authority).anyMatch(authorities::contains);
  }

  /** The caller's user id, having checked the right; 403 without it. */
  public String require(Right right) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Set<String> authorities = authentication == null ? Set.of() : Set.copyOf(authentication.getAuthorities()
        .stream().map(GrantedAuthority::getAuthority).toList());
    boolean allowed = right.groups().stream().map(Roles::authority).anyMatch(authorities::contains);
    if (!allowed) {
      throw new ApiException(HttpStatus.FORBIDDEN, "Authorization", "forbidden",
          (authentication == null ? "The caller" : "User " + authentication.getName())
              + " may not do this: it needs membership in one of " + String.join(", ", right.groups()));
    }
    return authentication.getName();
  }
}
