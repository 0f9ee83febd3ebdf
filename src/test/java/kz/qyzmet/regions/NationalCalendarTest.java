package kz.qyzmet.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.calendar.CalendarCorrection;
import kz.qyzmet.calendar.CalendarCorrection.Kind;
import kz.qyzmet.calendar.CalendarCorrectionController.CorrectionAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * How a revocation finds the same correction in another region's list: a region's
 * {@code GET /api/v1/calendar/corrections} as it writes it (the API's own records, as Spring Boot writes them),
 * matched by kind and days, in force or revoked; ids differ from region to region.
 */
class NationalCalendarTest {

  /** As Spring Boot writes the answers: dates as ISO text. */
  private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
      .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
  private static final LocalDate SATURDAY = LocalDate.of(2034, 4, 22);
  private static final LocalDate FRIDAY = LocalDate.of(2034, 4, 28);
  private static final Instant AT = Instant.parse("2026-12-03T07:00:00Z");

  @Test
  void aTransfer_isTheRegionsOneWithTheSameDayWorkedAndDayOff_inForce() throws Exception {
    JsonNode list = list(
        transfer(3, SATURDAY, FRIDAY.plusDays(3), false),
        transfer(4, SATURDAY.plusDays(1), FRIDAY, false),
        kurbanAit(5, FRIDAY, false),
        transfer(6, SATURDAY, FRIDAY, true),
        transfer(9, SATURDAY, FRIDAY, false));
    CalendarCorrection here = correction(41, Kind.TRANSFER, FRIDAY, SATURDAY, false);
    assertThat(NationalCalendar.same(list, here, true).map(c -> c.get("id").asLong())).contains(9L);
    assertThat(NationalCalendar.same(list, here, false).map(c -> c.get("id").asLong())).contains(6L);
  }

  @Test
  void kurbanAit_isMatchedByItsDate_notByATransferOfTheSameDay() throws Exception {
    JsonNode list = list(transfer(1, SATURDAY, FRIDAY, false), kurbanAit(2, FRIDAY.minusDays(1), false),
        kurbanAit(3, FRIDAY, false));
    assertThat(NationalCalendar.same(list, correction(7, Kind.KURBAN_AIT, FRIDAY, null, true), true)
        .map(c -> c.get("id").asLong())).contains(3L);
  }

  @Test
  void nothingTheSame_isNotFound_andAnEmptyListToo() throws Exception {
    CalendarCorrection here = correction(41, Kind.TRANSFER, FRIDAY, SATURDAY, false);
    assertThat(NationalCalendar.same(list(transfer(1, SATURDAY, FRIDAY, true)), here, true)).isEmpty();
    assertThat(NationalCalendar.same(list(kurbanAit(1, FRIDAY, false)), here, true)).isEmpty();
    assertThat(NationalCalendar.same(list(), here, false)).isEqualTo(Optional.empty());
  }

  private static JsonNode list(CorrectionAnswer... answers) throws Exception {
    return JSON.readTree(JSON.writeValueAsString(List.of(answers)));
  }

  private static CorrectionAnswer transfer(long id, LocalDate worked, LocalDate off, boolean revoked) {
    return new CorrectionAnswer(id, "TRANSFER", null, worked, off, null, "Moved", "process.owner", AT,
        revoked ? "process.owner" : null, revoked ? AT.plusSeconds(60) : null, revoked ? "Wrong" : null);
  }

  private static CorrectionAnswer kurbanAit(long id, LocalDate date, boolean revoked) {
    return new CorrectionAnswer(id, "KURBAN_AIT", date, null, null, null, "Announced", "process.owner", AT,
        revoked ? "process.owner" : null, revoked ? AT.plusSeconds(60) : null, revoked ? "Wrong" : null);
  }

  private static CalendarCorrection correction(long id, Kind kind, LocalDate dayOff, LocalDate workingDay,
      boolean revoked) {
    return new CalendarCorrection(id, kind, dayOff, workingDay, null, "Why", "process.owner", AT,
        revoked ? "process.owner" : null, revoked ? AT : null, revoked ? "Wrong" : null);
  }
}
