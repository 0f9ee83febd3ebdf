package kz.qyzmet.amendments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An amendment's transitional provisions applied to running applications (administrators; docs/amendments.md). */
@RestController
@Tag(name = "Amendments", description = "Wordings of the standards and running applications moved to an amended "
    + "wording where the amending act says so (docs/amendments.md). Administrators only.")
public class AmendmentsController {

  private final StandardsCatalog catalog;
  private final AmendmentMigration migration;
  private final ApiRights rights;
  private final ApiTime time;

  public AmendmentsController(StandardsCatalog catalog, AmendmentMigration migration, ApiRights rights, ApiTime time) {
    this.catalog = catalog;
    this.migration = migration;
    this.rights = rights;
    this.time = time;
  }

  /**
   * @param wording e.g. {@code s02@2026-03-23}
   * @param dryRun true: nothing was written
   */
  public record MigrationPlan(String wording, boolean dryRun, int count, List<MovedApplication> applications) {}

  /** @param fromWording the wording it answered to; {@code dueDate}/{@code newDueDate} local days in Asia/Almaty */
  public record MovedApplication(String applicationId, String fromWording, LocalDate dueDate, OffsetDateTime dueAt,
      LocalDate newDueDate, OffsetDateTime newDueAt) {}

  @PostMapping(path = "/api/v1/standards/{number}/wordings/{effectiveFrom}/migration",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "migrateApplicationsToWording",
      summary = "Move running applications to an amended wording (administrators)", description = "Only for "
      + "an amendment whose data says running applications move (runningApplicationsMove). The applications of the "
      + "standard still open under an earlier wording move to this one and their statutory dates are derived again; "
      + "every move is audited in the application's deadline changes (WORDING_MIGRATED). dryRun=true (the default) "
      + "lists what would move and how the due dates would change, and writes nothing. For the decree's own wording "
      + "(effectiveFrom 2014-03-11) nothing moves: no application answers to an older one.")
  @ApiResponse(responseCode = "200", description = "What moved (or, in a dry run, would)")
  @ApiResponse(responseCode = "400", description = "number, effectiveFrom or dryRun malformed",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "Not an administrator",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "No such standard, or no wording of it takes effect on that day",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", description = "The wording's amendment does not move running applications, or "
      + "an applicationId is not an open application under an earlier wording",
      content = @Content(mediaType = "application/problem+json"))
  public MigrationPlan migrate(
      @PathVariable("number") @Parameter(description = "1 to 30", example = "2",
          schema = @Schema(type = "integer")) String number,
      @PathVariable("effectiveFrom") @Parameter(description = "the day the amended wording takes effect (ISO date)",
          example = "2014-03-11", schema = @Schema(type = "string", format = "date")) String effectiveFrom,
      @RequestParam(name = "dryRun", required = false) @Parameter(description = "true (the default): only list what would move; false: move them",
          example = "true", schema = @Schema(type = "boolean")) String dryRun,
      @RequestParam(name = "applicationId", required = false) @Parameter(description = "the applications to move "
          + "(repeat the parameter); absent: every open application of the standard under an earlier wording")
          List<String> applicationIds) {
    String by = rights.require(Right.MIGRATE_APPLICATIONS);
    int standard;
    try {
      standard = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("number", "format", "must be a standard's number, 1 to 30");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(effectiveFrom);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("effectiveFrom", "format", "must be a date, YYYY-MM-DD");
    }
    if (dryRun != null && !"true".equals(dryRun) && !"false".equals(dryRun)) {
      throw ApiException.badRequest("dryRun", "format", "must be true or false");
    }
    if (catalog.byNumber(standard).isEmpty()) {
      throw ApiException.notFound("number", "Standard " + number + " is not in the catalog");
    }
    Wording target = catalog.wordings(standard).stream().filter(w -> w.effectiveFrom().equals(day)).findFirst()
        .orElseThrow(() -> ApiException.notFound("effectiveFrom", "No wording of standard " + standard
            + " takes effect on " + day + "; wordings: " + catalog.wordings(standard).stream().map(Wording::id).toList()));
    // The decree's own wording is the first: no application answers to an older one, nothing moves.
    if (!target.original() && !target.amendment().runningApplicationsMove()) {
      throw ApiException.conflict("effectiveFrom", target.id() + ": the amendment does not move running "
          + "applications (runningApplicationsMove: false); they keep the wording they were submitted under");
    }
    boolean dry = dryRun == null || Boolean.parseBoolean(dryRun);
    List<String> candidates = migration.candidates(target);
    List<String> chosen = candidates;
    if (applicationIds != null && !applicationIds.isEmpty()) {
      List<String> other = applicationIds.stream().filter(id -> !candidates.contains(id)).distinct().toList();
      if (!other.isEmpty()) {
        throw ApiException.conflict("applicationId", "Not an open application of standard " + standard
            + " under a wording older than " + target.id() + ": " + String.join(", ", other.stream()
                .map(id -> id.length() > 64 ? id.substring(0, 61) + "..." : id).limit(20).toList()));
      }
      chosen = candidates.stream().filter(applicationIds::contains).toList();
    }
    List<MovedApplication> moved = migration.migrate(target, chosen, dry, by).stream()
        .map(m -> new MovedApplication(m.applicationId(), standardCode(target) + "@" + m.fromWording(),
            m.dueAt() == null ? null : time.day(m.dueAt()), m.dueAt() == null ? null : time.moment(m.dueAt()),
            m.newDueAt() == null ? null : time.day(m.newDueAt()), m.newDueAt() == null ? null : time.moment(m.newDueAt())))
        .toList();
    return new MigrationPlan(target.id(), dry, moved.size(), moved);
  }

  private static String standardCode(Wording w) {
    return w.standard().code();
  }
}
