package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of a standard with effective dates: the decree's own and each amendment's, chosen by day;
 * the checks an amendment file must pass. The amendment used is the fictitious test one
 * (src/test/resources/amendments-fictitious): standard 2's term cut to 8 working days and the
 * residence document dropped from Monday 23 March 2026.
 */
class AmendedWordingsTest {

  static final String TEST_AMENDMENTS = "classpath*:amendments-fictitious/*.yaml";
  private static final LocalDate AMENDED = LocalDate.of(2026, 3, 23);

  private final List<Standard> standards = StandardsCatalog.loadClasspath(StandardsCatalog.LOCATION);
  private final StandardsCatalog catalog =
      new StandardsCatalog(standards, StandardsCatalog.loadAmendments(TEST_AMENDMENTS));

  @Test
  void standardTwo_hasTheDecreesWordingThenTheAmendedOne_chosenByTheDayInForce() {
    List<Wording> wordings = catalog.wordings(2);
    assertThat(wordings).extracting(Wording::id).containsExactly("s02@2014-03-11", "s02@2026-03-23");
    assertThat(wordings.get(0).act()).isEqualTo(AmendingAct.DECREE_217);
    assertThat(wordings.get(1).act().number()).isEqualTo("0-TEST");
    assertThat(wordings.get(1).fictitious()).isTrue();

    Wording before = catalog.wordingOn(2, AMENDED.minusDays(1));
    Wording on = catalog.wordingOn(2, AMENDED);
    assertThat(before.original()).isTrue();
    assertThat(before.standard().serviceTerm("psc", null).orElseThrow().value()).isEqualTo(10);
    assertThat(before.documentsDropped()).isEmpty();
    assertThat(on.standard().serviceTerm("psc", null).orElseThrow().value()).isEqualTo(8);
    assertThat(on.standard().serviceTerm("ztmo", null).orElseThrow().value()).isEqualTo(8);
    assertThat(on.documentsDropped()).containsExactly("residence_registration_proof");
    // what the amendment does not replace carries over
    assertThat(on.standard().serviceTerm("portal", null)).isEqualTo(before.standard().serviceTerm("portal", null));
    assertThat(on.standard().term(Term.AFTER_DOCUMENTS, "psc", null).orElseThrow().value()).isEqualTo(10);
    assertThat(on.standard().refusalGrounds()).isEqualTo(before.standard().refusalGrounds());
    assertThat(catalog.wordingOn(2, LocalDate.of(2030, 1, 1))).isEqualTo(on);
    assertThat(catalog.wordingOn(3, AMENDED).original()).isTrue();
  }

  @Test
  void theProductionCatalog_holdsNoFictitiousAmendment() {
    assertThat(StandardsCatalog.loadAmendments(StandardsCatalog.AMENDMENTS_LOCATION))
        .noneMatch(f -> f.amendment().fictitious());
    assertThat(TestCatalog.CATALOG.wordings(2)).hasSize(1);
  }

  @Test
  void anAmendmentThatReplacesATermTheStandardDoesNotHave_isRefusedNamingTheFileAndPart() {
    assertRefused(valid().replace("channels: [ztmo, psc]", "channels: [ztmo]"),
        "terms[0]: replaces the term of kind 'service' at [ztmo], which the wording before it does not have");
  }

  @Test
  void anAmendmentWhoseQuoteIsNotInItsText_isRefused() {
    assertRefused(valid().replace("quoteKk: көрсетілетін", "quoteKk: жоқ сөз көрсетілетін"),
        "terms[0].quoteKk: not found in the amendment's textKk");
  }

  @Test
  void anAmendmentNotAfterTheWordingBeforeIt_isRefused() {
    String twice = valid();
    var first = read(twice);
    var second = new StandardsCatalog.AmendmentFile("standards/amendments/s02-2026-03-23.yaml", first.amendment());
    assertThatThrownBy(() -> new StandardsCatalog(standards, List.of(first, second)))
        .hasMessageContaining("effectiveFrom: must come after 2026-03-23");
  }

  @Test
  void anAmendedStandardBreakingTheCatalogsRules_isRefused() {
    // a negative term breaks the standard's own rules once applied
    assertRefused(valid().replace("value: 8", "value: -8"), "terms[0].value: must be a positive number");
  }

  @Test
  void aRefusedAmendment_leavesTheWordingsInForceUntouched() {
    var bad = read(valid().replace("value: 8", "value: -8"));
    assertThatThrownBy(() -> catalog.putInForce(List.of(bad))).isInstanceOf(CatalogException.class);
    assertThat(catalog.wordings(2)).hasSize(2);
  }

  private static String valid() {
    try (var in = AmendedWordingsTest.class.getResourceAsStream("/amendments-fictitious/s02-2026-03-23.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static StandardsCatalog.AmendmentFile read(String yaml) {
    String name = "standards/amendments/s02-2026-03-23.yaml";
    return new StandardsCatalog.AmendmentFile(name,
        new AmendmentFileReader().read(name, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
  }

  private void assertRefused(String yaml, String message) {
    assertThatThrownBy(() -> new StandardsCatalog(standards, List.of(read(yaml))))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("standards/amendments/s02-2026-03-23.yaml")
        .hasMessageContaining(message);
  }
}
