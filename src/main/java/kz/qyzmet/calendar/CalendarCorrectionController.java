package kz.qyzmet.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.qyzmet.security.Roles;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.StrictJson;
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
// The answer is negotiated (406) before a correction is written.
@RequestMapping(path = "/api/v1/calendar/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
public class CalendarCorrectionController {

  static final Set<String> EDITORS = Set.of(Roles.authority(Roles.ADMIN), Roles.authority(Roles.PROCESS_OWNERS));

  private final CalendarCorrections corrections;
  private final StrictJson json;

  public CalendarCorrectionController(CalendarCorrections corrections, StrictJson json) {
    this.corrections = corrections;
    this.json = json;
  }

  /** TRANSFER: workingDay and dayOff; KURBAN_AIT: date. Always a reason; a legal source where known. */
  public record CorrectionBody(String kind, String date, String workingDay, String dayOff, String legalSource,
      String reason) {}

  public record RevocationBody(String reason) {}

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
      int timersMoved, int tasksUpdated, int failures) {

    static OutcomeAnswer of(CalendarCorrections.Outcome outcome) {
      DeadlineRecalculation.Result r = outcome.recalculation();
      return new OutcomeAnswer(CorrectionAnswer.of(outcome.correction()), r.firstChangedDay(), r.timersChecked(),
          r.timersMoved(), r.tasksUpdated(), r.failures());
    }
  }

  @GetMapping
  public List<CorrectionAnswer> list() {
    return corrections.list().stream().map(CorrectionAnswer::of).toList();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<OutcomeAnswer> add(@RequestBody(required = false) String text,
      Authentication authentication) {
    requireEditor(authentication);
    if (text == null || text.isBlank()) {
      throw CalendarRequestException.invalid("body", "A JSON body is required");
    }
    CorrectionBody body = read(text, CorrectionBody.class);
    CalendarCorrection.Kind kind = kind(body.kind());
    CalendarCorrections.Request request = new CalendarCorrections.Request(kind,
        optionalDate(body.date(), "date"), optionalDate(body.workingDay(), "workingDay"),
        optionalDate(body.dayOff(), "dayOff"), body.legalSource(), body.reason());
    CalendarCorrections.Outcome outcome = corrections.add(request, authentication.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(OutcomeAnswer.of(outcome));
  }

  @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
  public OutcomeAnswer revoke(@PathVariable("id") String id, @RequestBody(required = false) String text,
      Authentication authentication) {
    requireEditor(authentication);
    RevocationBody body = text == null || text.isBlank() ? null : read(text, RevocationBody.class);
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw CalendarRequestException.invalid("id", "id must be a number, not '" + id + "'");
    }
    return OutcomeAnswer.of(corrections.revoke(number, body == null ? null : body.reason(), authentication.getName()));
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
