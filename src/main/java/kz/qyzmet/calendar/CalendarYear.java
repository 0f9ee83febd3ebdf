package kz.qyzmet.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The facts of one year: from its data file, or projected from the statutory rules. */
public record CalendarYear(int year, Basis basis, boolean declaredConfirmed, String note, List<Holiday> holidays,
    List<Transfer> transfers) {

  public enum Basis {
    /** A year file under {@code calendar/}. */
    DATA_FILE,
    /** No year file: holidays by the statute, Kurban Ait estimated, no transfers known. */
    RULES_ONLY
  }

  public CalendarYear {
    holidays = List.copyOf(holidays);
    transfers = List.copyOf(transfers);
  }

  /** Confirmed when the year comes from a file that says so and none of its entries is in doubt. */
  public boolean confirmed() {
    return basis == Basis.DATA_FILE && declaredConfirmed
        && holidays.stream().allMatch(Holiday::confirmed)
        && transfers.stream().allMatch(Transfer::confirmed);
  }

  /** The first day of Kurban Ait of this year. */
  public Holiday kurbanAit() {
    return holidays.stream().filter(Holiday::kurbanAit).findFirst()
        .orElseThrow(() -> new IllegalStateException("No Kurban Ait in " + year));
  }

  /** This year with Kurban Ait on {@code date} instead of its present date. */
  public CalendarYear withKurbanAit(LocalDate date, String source) {
    Holiday present = kurbanAit();
    List<Holiday> result = new ArrayList<>(holidays.stream().filter(h -> !h.kurbanAit()).toList());
    result.add(new Holiday(date, present.name(), false, true, true, source));
    result.sort(Comparator.comparing(Holiday::date));
    return withHolidays(result);
  }

  public CalendarYear withHolidays(List<Holiday> newHolidays) {
    return new CalendarYear(year, basis, declaredConfirmed, note, newHolidays, transfers);
  }

  public CalendarYear withTransfers(List<Transfer> newTransfers) {
    return new CalendarYear(year, basis, declaredConfirmed, note, holidays, newTransfers);
  }
}
