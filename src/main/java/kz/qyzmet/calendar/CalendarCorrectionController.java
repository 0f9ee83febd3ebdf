package kz.qyzmet.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.StrictJson;
import kz.qyzmet.regions.NationalCalendar;
import kz.qyzmet.regions.NationalCalendar.RegionOutcome;
import kz.qyzmet.regions.RegionRouter;
import kz.qyzmet.security.Roles;
import kz.qyzmet.system.CorrelationId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections of the calendar without a redeploy. Any authenticated user may read them; only
 * administrators ({@value Roles#ADMIN}) and process owners ({@value Roles#PROCESS_OWNERS}) may add
 * or revoke one.
 */
@RestController
@Tag(name = "Calendar")
// The answer is negotiated (406) before a correction is written.
@RequestMapping(path = "/api/v1/calendar/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
public class CalendarCorrectionController {

  static final Set<String> EDITORS = Set.of(Roles.authority(Roles.ADMIN), Roles.authority(Roles.PROCESS_OWNERS));

  private final CalendarCorrections corrections;
  private final StrictJson json;
  private final NationalCalendar national;

  public CalendarCorrectionController(CalendarCorrections corrections, StrictJson json, NationalCalendar national) {
    this.corrections = corrections;
    this.json = json;
    this.national = national;
  }

  /** TRANSFER: workingDay and dayOff; KURBAN_AIT: date. Always a reason; a legal source where known. */
  @Schema(description = "A correction of the calendar")
  public record CorrectionBody(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"TRANSFER", "KURBAN_AIT"}) String kind,
      @Schema(description = "KURBAN_AIT: the announced day", format = "date") String date,
      @Schema(description = "TRANSFER: the Saturday or Sunday to be worked", format = "date") String workingDay,
      @Schema(description = "TRANSFER: the weekday to be taken off", format = "date") String dayOff,
      @Schema(description = "The act that decides it, up to 500 characters") String legalSource,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Why, up to 1000 characters") String reason) {}

  public record RevocationBody(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Why, up to 1000 characters") String reason) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CorrectionAnswer(long id, String kind, LocalDate date, LocalDate workingDay, LocalDate dayOff,
      String legalSource, String reason, String createdBy, Instant createdAt, String revokedBy, Instant revokedAt,
      String revokeReason) {

    static CorrectionAnswer of(CalendarCorrection c) {
      boolean transfer = c.kind() == CalendarCorrection.Kind.TRANSFER;
      return new CorrectionAnswer(c.id(), c.kind().name(), transfer ? null : c.dayOff(),
          transfer ? c.workingDay() : null, transfer ? c.dayOff() : null, c.legalSource(), c.reason(),
          c.createdBy(), c.createdAt(), c.revokedBy(), c.revokedAt(), c.revokeReason());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OutcomeAnswer(CorrectionAnswer correction, LocalDate firstChangedDay, int timersChecked,
      int timersMoved, int tasksUpdated, int failures,
      @Schema(description = "Running applications whose dates could not be derived again on the corrected calendar, "
          + "each with why (e.g. the wording it answers to was withdrawn while it ran): their dates stay as they were "
          + "and an administrator must look at them. The correction itself is in force.")
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CalendarChangeListener.NotRederived> notRederived,
      @Schema(description = "Where regions are set up (docs/scale.md): what became of the same correction at every "
          + "other region's deployment. This deployment's correction stands whatever they answered; a region not "
          + "ADDED/ALREADY (REVOKED/ALREADY_REVOKED) still differs: send the same request again, the regions "
          + "that have it answer 409 and count as having it. Absent without regions and on a request a router "
          + "sent here.")
      List<RegionOutcome> regions) {

    static OutcomeAnswer of(CalendarCorrections.Outcome outcome, List<RegionOutcome> regions) {
      DeadlineRecalculation.Result r = outcome.recalculation();
      return new OutcomeAnswer(CorrectionAnswer.of(outcome.correction()), r.firstChangedDay(), r.timersChecked(),
          r.timersMoved(), r.tasksUpdated(), r.failures(), r.notRederived(), regions);
    }
  }

  /** A transfer in a year the calendar knows by its rules only, touched by no other example or test. */
  static final String TRANSFER_EXAMPLE = """
      {"kind": "TRANSFER", "workingDay": "2033-06-11", "dayOff": "2033-06-17",
       "legalSource": "Resolution of the Government of the Republic of Kazakhstan on the transfer of days off in 2033",
       "reason": "The government moved the day off of Saturday 11 June to Friday 17 June"}""";

  @GetMapping
  @Operation(operationId = "listCalendarCorrections", summary = "The calendar's corrections",
      description = "Every correction, the revoked ones with who revoked them, when and why. Anyone signed in.")
  @ApiResponse(responseCode = "200", description = "The corrections, oldest first")
  public List<CorrectionAnswer> list() {
    return corrections.list().stream().map(CorrectionAnswer::of).toList();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "addCalendarCorrection", summary = "Correct the calendar",
      description = "A transfer of a day off (TRANSFER: workingDay, a Saturday or Sunday, is worked; dayOff, a "
      + "weekday, is taken off) or the announced date of Kurban Ait (KURBAN_AIT: date). Applied at once: the running "
      + "deadlines on and after the first changed day are counted again (timersMoved, tasksUpdated). "
      + "camunda-admin and process-owners only. The calendar is national: where regions are set up, the same "
      + "request then goes to every other region's deployment with the caller's credentials, and `regions` says "
      + "what each did (ADDED, ALREADY, REFUSED, UNANSWERED). This deployment's correction is not undone when a "
      + "region fails: post the same again; here and at the regions that have it, it answers 409 (the 409 here "
      + "carries the regions' outcomes too).")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CorrectionBody.class),
      examples = @ExampleObject(name = "transfer", summary = "A day off moved from a Saturday to a Friday",
          description = "In 2033, a year the calendar knows by its rules only; sent twice while in force: 409.",
          value = TRANSFER_EXAMPLE)))
  @ApiResponse(responseCode = "201", description = "Applied; the correction and what it moved")
  @ApiResponse(responseCode = "400", description = "A field missing or wrong; parameter names it")
  @ApiResponse(responseCode = "403", description = "Only camunda-admin and process-owners may correct the calendar")
  @ApiResponse(responseCode = "409", description = "The same correction is already in force")
  @ApiResponse(responseCode = "413", description = "The body is longer than 100 000 characters")
  public ResponseEntity<OutcomeAnswer> add(@RequestBody(required = false) String text,
      Authentication authentication, HttpServletRequest http) {
    requireEditor(authentication);
    if (text == null || text.isBlank()) {
      throw CalendarRequestException.invalid("body", "A JSON body is required");
    }
    CorrectionBody body = read(text, CorrectionBody.class);
    CalendarCorrection.Kind kind = kind(body.kind());
    CalendarCorrections.Request request = new CalendarCorrections.Request(kind,
        optionalDate(body.date(), "date"), optionalDate(body.workingDay(), "workingDay"),
        optionalDate(body.dayOff(), "dayOff"), body.legalSource(), body.reason());
    boolean sendOn = national.sendsOn(http.getHeader(RegionRouter.ROUTED_BY) != null);
    CalendarCorrections.Outcome outcome;
    try {
      outcome = corrections.add(request, authentication.getName());
    } catch (CalendarRequestException e) {
      // Already here: the regions still get it, so that posting again after one failed completes them.
      if (sendOn && e.reason() == CalendarRequestException.Reason.DUPLICATE) {
        throw e.withRegions(national.add(text, http.getHeader("Authorization"), CorrelationId.of(http)));
      }
      throw e;
    }
    List<RegionOutcome> regions = sendOn
        ? national.add(text, http.getHeader("Authorization"), CorrelationId.of(http)) : null;
    return ResponseEntity.status(HttpStatus.CREATED).body(OutcomeAnswer.of(outcome, regions));
  }

  @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "revokeCalendarCorrection", summary = "Revoke a correction of the calendar",
      description = "The calendar is again as without it, and the running deadlines are counted again. The "
      + "correction stays in the list, revoked. camunda-admin and process-owners only. Where regions are set up, "
      + "the same correction (kind and days, in force) is then found at every other region's deployment and "
      + "revoked there with the same reason; `regions` says what each did (REVOKED, ALREADY_REVOKED, NOT_FOUND, "
      + "REFUSED, UNANSWERED). Revoking again completes the others: the 409 here carries their outcomes.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RevocationBody.class),
      examples = @ExampleObject(name = "entered-by-mistake", summary = "Why it is revoked",
          description = "Revokes the correction of the path (e.g. the one the transfer example added).",
          value = "{\"reason\": \"Entered for the wrong year\"}")))
  @ApiResponse(responseCode = "200", description = "Revoked; the correction and what it moved")
  @ApiResponse(responseCode = "400", description = "No reason, or id is not a number")
  @ApiResponse(responseCode = "403", description = "Only camunda-admin and process-owners may correct the calendar")
  @ApiResponse(responseCode = "404", description = "No such correction")
  @ApiResponse(responseCode = "409", description = "Already revoked")
  @ApiResponse(responseCode = "413", description = "The body is longer than 100 000 characters")
  public OutcomeAnswer revoke(@PathVariable("id") @Parameter(description = "The correction's id", example = "1",
      schema = @Schema(type = "integer", format = "int64"))
      String id, @RequestBody(required = false) String text,
      Authentication authentication, HttpServletRequest http) {
    requireEditor(authentication);
    RevocationBody body = text == null || text.isBlank() ? null : read(text, RevocationBody.class);
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw CalendarRequestException.invalid("id", "id must be a number, not '" + id + "'");
    }
    String reason = body == null ? null : body.reason();
    boolean sendOn = national.sendsOn(http.getHeader(RegionRouter.ROUTED_BY) != null);
    CalendarCorrections.Outcome outcome;
    try {
      outcome = corrections.revoke(number, reason, authentication.getName());
    } catch (CalendarRequestException e) {
      // Already revoked here: the regions are still asked, so that revoking again completes them.
      if (sendOn && e.reason() == CalendarRequestException.Reason.DUPLICATE) {
        CalendarCorrection revoked = corrections.find(number).orElseThrow(() -> e);
        throw e.withRegions(national.revoke(revoked, reason.trim(), http.getHeader("Authorization"),
            CorrelationId.of(http)));
      }
      throw e;
    }
    List<RegionOutcome> regions = sendOn ? national.revoke(outcome.correction(), outcome.correction().revokeReason(),
        http.getHeader("Authorization"), CorrelationId.of(http)) : null;
    return OutcomeAnswer.of(outcome, regions);
  }

  /** Strictly (unknown fields, wrong types, duplicate keys refused), the problem naming the field at fault. */
  private <T> T read(String text, Class<T> type) {
    try {
      return json.read(text, type);
    } catch (ApiException e) {
      throw CalendarRequestException.invalid(e.problems().get(0).field(), e.getMessage());
    }
  }

  private static void requireEditor(Authentication authentication) {
    boolean editor = authentication != null && authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).anyMatch(EDITORS::contains);
    if (!editor) {
      throw new CalendarRequestException(CalendarRequestException.Reason.FORBIDDEN, null,
          "Only administrators and process owners may correct the calendar");
    }
  }

  private static CalendarCorrection.Kind kind(String text) {
    if (text == null || text.isBlank()) {
      throw CalendarRequestException.invalid("kind", "kind is required: TRANSFER or KURBAN_AIT");
    }
    try {
      return CalendarCorrection.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CalendarRequestException.invalid("kind", "kind must be TRANSFER or KURBAN_AIT, not '" + text + "'");
    }
  }

  private static LocalDate optionalDate(String text, String parameter) {
    return text == null || text.isBlank() ? null : CalendarController.date(text, parameter);
  }
}
