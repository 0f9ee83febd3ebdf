package kz.qyzmet.calendar;

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

  public CalendarYear withHolidays(List<Holiday> newHolidays) {
    return new CalendarYear(year, basis, declaredConfirmed, note, newHolidays, transfers);
  }

  public CalendarYear withTransfers(List<Transfer> newTransfers) {
    return new CalendarYear(year, basis, declaredConfirmed, note, holidays, newTransfers);
  }
}
