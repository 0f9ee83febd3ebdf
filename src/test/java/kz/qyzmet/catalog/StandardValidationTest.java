package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken standards file stops the catalog with a message naming the file and the field. */
class StandardValidationTest {

  private static final String FILE = "standards/s02.yaml";

  private static String original() {
    try (InputStream in = StandardValidationTest.class.getResourceAsStream("/standards/s02.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Standard read(String name, String yaml) {
    return new StandardFileReader().read(name,
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String broken(String from, String to) {
    String text = original();
    assertThat(text).contains(from);
    return text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void theUnchangedFileIsValid() {
    assertThat(read(FILE, original()).code()).isEqualTo("s02");
  }

  @Test
  void aMissingRussianNameStopsTheFile_namingTheField() {
    assertThatThrownBy(() -> read(FILE, broken("    nameRu: Центр обслуживания населения (ЦОН)\n", "")))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("standards/s02.yaml is invalid")
        .hasMessageContaining("channels[1].nameRu: required");
    assertThatThrownBy(() -> read(FILE, broken("nameRu: Назначение государственной базовой пенсионной выплаты\n", "")
        .replaceFirst("    nameRu: Услугополучатель — оралман", "    nameRu: The applicant is an oralman")))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("- nameRu: required")
        .hasMessageContaining("flags[1].nameRu: must be Russian (in Cyrillic letters), is 'The applicant is an oralman'");
  }

  @Test
  void aTermKindWithoutANameStopsTheFile() {
    assertThatThrownBy(() -> read(FILE, broken("kind: queue-wait", "kind: queue-waiting")))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("terms[5].kind: the kind 'queue-waiting' has no name in KindNames");
  }

  @Test
  void anUnknownUnitNamesTheTermAndTheAllowedUnits() {
    assertThatThrownBy(() -> read(FILE, broken("unit: minutes", "unit: minuts")))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("standards/s02.yaml: terms[1].unit")
        .hasMessageContaining("unknown unit 'minuts'")
        .hasMessageContaining("working_days");
  }

  @Test
  void aMisspeltFieldIsAnErrorNotIgnored() {
    assertThatThrownBy(() -> read(FILE, broken("    fromEn: the electronic request", "    fromEN: the electronic request")))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("standards/s02.yaml: terms[1]")
        .hasMessageContaining("fromEN");
  }

  @Test
  void aTermAtAnUndeclaredChannelIsRejectedAndTheChannelLeftWithoutATermToo() {
    assertThatThrownBy(() -> read(FILE, broken("channels: [portal]\n    kind: service", "channels: [akim]\n    kind: service")))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("standards/s02.yaml is invalid")
        .hasMessageContaining("terms[1].channels: channel 'akim' is not declared in channels")
        .hasMessageContaining("terms: no 'service' term for channel 'portal'");
  }

  @Test
  void aMissingValueAndAForeignParagraphAreBothReported() {
    String yaml = broken("    value: 30\n    unit: minutes", "    unit: minutes")
        .replaceFirst("paragraph: Standard 2, p. 4\\(1\\)", "paragraph: Standard 3, p. 4(1)");
    assertThatThrownBy(() -> read(FILE, yaml))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("terms[1].value: must be a positive number")
        .hasMessageContaining("terms[0].paragraph: must read 'Standard 2, p. N(n)'");
  }

  @Test
  void anExtensionMustRestateTheTermsOwnNumbers() {
    assertThatThrownBy(() -> read(FILE, broken("afterResolution: {value: 10, unit: working_days}",
        "afterResolution: {value: 12, unit: working_days}")))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("extensions[0].afterResolution: is 12 working_days but the 'after-documents' term for channel 'ztmo' is 10 working_days");
  }

  @Test
  void theProcessKeyAndTheFileNameFollowTheCode() {
    assertThatThrownBy(() -> read(FILE, broken("processKey: s02-basic", "processKey: s2-basic")))
        .hasMessageContaining("processKey: must be 's02-basic-pension-payment-assignment'");
    assertThatThrownBy(() -> read("standards/s03.yaml", original()))
        .hasMessageStartingWith("standards/s03.yaml is invalid")
        .hasMessageContaining("code: the file name must be <code>.yaml");
  }

  @Test
  void aQuoteOutsideTheStandardsSeedLinesIsRejected() {
    assertThatThrownBy(() -> read(FILE, broken("seedLine: 640", "seedLine: 1640")))
        .hasMessageContaining("terms[0].seedLine: must lie within seedLines 600..933, is 1640");
  }

  @Test
  void aPscHeadTermNeedsItsSource_theDecreeWithItsLine_orTheLawOnPublicServices() {
    assertThatThrownBy(() -> read(FILE, broken("    termSource: 'Law \"On public services\"", "    termSource: 'Custom")))
        .hasMessageContaining("complaints.pscHead.termSource: without termSeedLine the term must come from the Law");
    assertThatThrownBy(() -> read(FILE, broken("    workingDays: 5\n    termSource", "    workingDays: 0\n    termSource")))
        .hasMessageContaining("complaints.pscHead.workingDays: must be positive");
  }

  @Test
  void brokenYamlAndAnEmptyFileAreNamed() {
    assertThatThrownBy(() -> read(FILE, "number: [2\ncode: s02"))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("standards/s02.yaml: ");
    assertThatThrownBy(() -> read(FILE, ""))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("standards/s02.yaml: ");
  }

  @Test
  void theCatalogRejectsTwoFilesForOneStandard() {
    Standard s02 = read(FILE, original());
    assertThatThrownBy(() -> new StandardsCatalog(List.of(s02, s02)))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("standards/s02.yaml: number 2 is declared twice");
  }
}
