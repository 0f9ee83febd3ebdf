package kz.qyzmet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qyzmet.intake.IinNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IIN rules: 12 digits, a birth date that exists (century from the 7th digit), the two-pass control digit. */
class IinTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

  @Test
  void controlDigit_firstPass() {
    // 8*1+5*2+0*3+3*4+1*5+2*6+3*7+0*8+0*9+1*10+2*11 = 100; 100 mod 11 = 1
    assertThat(IinNumber.controlDigit("850312300121")).isEqualTo(1);
    assertThat(IinNumber.check("850312300121", TODAY)).isEmpty();
  }

  @Test
  void controlDigit_secondPassWhenTheFirstGivesTen() {
    // First pass: 98 mod 11 = 10; second pass (weights 3..11, 1, 2): 115 mod 11 = 5.
    assertThat(IinNumber.controlDigit("850312300305")).isEqualTo(5);
    assertThat(IinNumber.check("850312300305", TODAY)).isEmpty();
  }

  @Test
  void noControlDigitWhenBothPassesGiveTen() {
    assertThat(IinNumber.controlDigit("850312300380")).isNull();
    assertThat(IinNumber.check("850312300380", TODAY)).get().extracting(IinNumber.Fault::reason).isEqualTo("checksum");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "85031230012, format",
      "8503123001211, format",
      "85031230012a, format",
      "850312300122, checksum",
      "850230300121, birth-date",
      "851312300121, birth-date",
      "850312700121, birth-date",
      "850312000121, birth-date",
      "300101500121, birth-date"
  })
  void faults(String iin, String reason) {
    assertThat(IinNumber.check(iin, TODAY)).get().extracting(IinNumber.Fault::reason).isEqualTo(reason);
  }

  @Test
  void centuries() {
    assertThat(IinNumber.birthDate("850312100000")).contains(LocalDate.of(1885, 3, 12));
    assertThat(IinNumber.birthDate("850312400000")).contains(LocalDate.of(1985, 3, 12));
    assertThat(IinNumber.birthDate("050312600000")).contains(LocalDate.of(2005, 3, 12));
    assertThat(IinNumber.birthDate("000229500000")).contains(LocalDate.of(2000, 2, 29));
    assertThat(IinNumber.birthDate("000229300000")).isEmpty();
  }
}
