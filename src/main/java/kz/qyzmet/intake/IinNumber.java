package kz.qyzmet.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The individual identification number (ЖСН / ИИН) of a person in Kazakhstan: 12 digits, the
 * first six the birth date YYMMDD, the seventh the century and sex (1/2: 1800s, 3/4: 1900s,
 * 5/6: 2000s), the last a control digit: the first eleven digits weighted 1..11, summed, modulo 11;
 * if that is 10, weighted 3..11, 1, 2 instead; if 10 again, the number is not valid.
 */
public final class IinNumber {

  /** What is wrong with a number, as a problem reason and its message. */
  public record Fault(String reason, String message) {}

  private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private IinNumber() {}

  /** Empty if {@code iin} is a valid IIN of someone born by {@code today}. */
  public static Optional<Fault> check(String iin, LocalDate today) {
    if (iin == null || !iin.matches("[0-9]{12}")) {
      return Optional.of(new Fault("format", "must be 12 digits"));
    }
    Optional<LocalDate> birth = birthDate(iin);
    if (birth.isEmpty()) {
      return Optional.of(new Fault("birth-date", "does not encode a possible birth date (YYMMDD "
          + iin.substring(0, 6) + ", century digit " + iin.charAt(6) + ")"));
    }
    if (birth.get().isAfter(today)) {
      return Optional.of(new Fault("birth-date", "encodes a birth date in the future (" + birth.get() + ")"));
    }
    Integer control = controlDigit(iin);
    if (control == null) {
      return Optional.of(new Fault("checksum", "is not a valid IIN: its digits give no control digit"));
    }
    if (control != iin.charAt(11) - '0') {
      return Optional.of(new Fault("checksum", "fails its control digit (expected " + control + ", found "
          + iin.charAt(11) + ")"));
    }
    return Optional.empty();
  }

  /** The birth date the first seven digits encode, if it exists. */
  public static Optional<LocalDate> birthDate(String iin) {
    int century = switch (iin.charAt(6)) {
      case '1', '2' -> 1800;
      case '3', '4' -> 1900;
      case '5', '6' -> 2000;
      default -> -1;
    };
    if (century < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(century + Integer.parseInt(iin.substring(0, 2)),
          Integer.parseInt(iin.substring(2, 4)), Integer.parseInt(iin.substring(4, 6))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The control digit of the first eleven digits, or null when both passes give 10. */
  public static Integer controlDigit(String iin) {
    int control = weightedSum(iin, FIRST) % 11;
    if (control == 10) {
      control = weightedSum(iin, SECOND) % 11;
      if (control == 10) {
        return null;
      }
    }
    return control;
  }

  private static int weightedSum(String iin, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (iin.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
