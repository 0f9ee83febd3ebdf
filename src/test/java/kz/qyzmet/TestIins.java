package kz.qyzmet;

import java.util.concurrent.ThreadLocalRandom;
import kz.qyzmet.intake.IinNumber;

/** Valid IINs for tests that start processes: a birth date in 1985, a random serial, its control digit. */
public final class TestIins {

  private TestIins() {}

  /** A valid IIN of someone born on 12 March 1985 (prefix 8503123), a random serial. */
  public static String random() {
    return random("8503123");
  }

  /** A valid IIN with the given first seven digits (birth date and century), a random serial. */
  public static String random(String birthAndCentury) {
    while (true) {
      String first = birthAndCentury + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
      Integer control = IinNumber.controlDigit(first + "0");
      if (control != null) {
        return first + control;
      }
    }
  }
}
