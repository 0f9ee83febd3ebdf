package kz.qyzmet.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.qyzmet.intake.IinNumber;

/**
 * Distinct valid IINs, one per applicant: people born from 1950 on (century digit 3), a serial
 * number, and the control digit the API checks ({@link IinNumber#controlDigit}); numbers without one are
 * skipped.
 */
final class Iins {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
  private long n;

  synchronized String next() {
    while (true) {
      long i = n++;
      String prefix = YYMMDD.format(FIRST.plusDays(i / 9_000)) + "3" + (1_000 + i % 9_000);
      Integer control = IinNumber.controlDigit(prefix + "0");
      if (control != null) {
        return prefix + control;
      }
    }
  }
}
