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

  static final String LATER_AMENDMENT = "classpath*:amendments-fictitious-later/*.yaml";
  private static final String LATER = "standards/amendments/s02-2026-04-01.yaml";

  @Test
  void aDocumentAddedLater_isInTheWordingsFromItsDayOnly_forItsChannels() {
    var both = new java.util.ArrayList<>(StandardsCatalog.loadAmendments(TEST_AMENDMENTS));
    both.addAll(StandardsCatalog.loadAmendments(LATER_AMENDMENT));
    StandardsCatalog amended = new StandardsCatalog(standards, both);
    assertThat(amended.wordings(2)).extracting(Wording::id)
        .containsExactly("s02@2014-03-11", "s02@2026-03-23", "s02@2026-04-01");
    Wording march = amended.wordingOn(2, LocalDate.of(2026, 3, 31));
    Wording april = amended.wordingOn(2, LocalDate.of(2026, 4, 1));
    assertThat(march.documentsAdded()).isEmpty();
    assertThat(april.documentsAdded()).extracting(Amendment.AddedDocument::code).containsExactly("employment_record_book");
    assertThat(april.documentsAdded().get(0).nameRu()).isEqualTo("трудовая книжка");
    // what the earlier amendment dropped stays dropped; its term carries over
    assertThat(april.documentsDropped()).containsExactly("residence_registration_proof");
    assertThat(april.standard().serviceTerm("psc", null).orElseThrow().value()).isEqualTo(8);
    // required at the PSC only
    assertThat(april.documentsAdded("psc", "", List.of())).hasSize(1);
    assertThat(april.documentsAdded("ztmo", "", List.of())).isEmpty();
  }

  @Test
  void aLaterAmendment_mayDropAnAddedDocument() {
    String drop = """
        standard: 2
        effectiveFrom: 2026-05-04
        fictitious: true
        act: {number: "0-TEST-3", date: 2026-04-20, titleKk: сынақ, titleRu: тест}
        changesKk: еңбек кітапшасы талап етілмейді
        changesRu: трудовая книжка не требуется
        changesEn: the employment record book is no longer required
        textKk: Стандарттың 9-тармағының 6) тармақшасы алып тасталсын.
        documentsDropped:
          - {code: employment_record_book, paragraph: "Standard 2, p. 9(6)", quoteKk: 6) тармақшасы алып тасталсын}
        """;
    var files = new java.util.ArrayList<>(StandardsCatalog.loadAmendments(TEST_AMENDMENTS));
    files.add(read(later(), LATER));
    files.add(read(drop, "standards/amendments/s02-2026-05-04.yaml"));
    Wording may = new StandardsCatalog(standards, files).wordingOn(2, LocalDate.of(2026, 5, 4));
    assertThat(may.documentsAdded()).isEmpty();
    assertThat(may.documentsDropped()).containsExactly("residence_registration_proof");
  }

  @Test
  void aLaterAmendment_mayAddARefusalGround_fromItsDayOnly() {
    String ground = """
        standard: 2
        effectiveFrom: 2026-05-04
        fictitious: true
        act: {number: "0-TEST-4", date: 2026-04-20, titleKk: сынақ, titleRu: тест}
        changesKk: бас тартудың жаңа негізі
        changesRu: новое основание для отказа
        changesEn: a new ground for refusal
        textKk: "Стандарттың 16-тармағы мынадай мазмұндағы 3) тармақшамен толықтырылсын: «3) ұсынылған құжаттардың дұрыс еместігі анықталса»."
        refusalGrounds:
          - code: unreliable-documents
            nameKk: ұсынылған құжаттардың дұрыс еместігі анықталса
            nameRu: Установлена недостоверность представленных документов
            nameEn: The documents submitted are found to be unreliable
            stage: decision
            channels: [ztmo, psc]
            paragraph: Standard 2, p. 16(3)
        """;
    var files = new java.util.ArrayList<>(StandardsCatalog.loadAmendments(TEST_AMENDMENTS));
    files.add(read(ground, "standards/amendments/s02-2026-05-04.yaml"));
    StandardsCatalog amended = new StandardsCatalog(standards, files);
    assertThat(amended.wordingOn(2, LocalDate.of(2026, 5, 3)).standard().refusalGrounds())
        .extracting(RefusalGround::code).containsExactly("incomplete-package");
    assertThat(amended.wordingOn(2, LocalDate.of(2026, 5, 4)).standard().refusalGrounds())
        .extracting(RefusalGround::code).containsExactly("incomplete-package", "unreliable-documents");
  }

  @Test
  void anAddedDocumentTheWordingHasAlready_isRefused() {
    assertLaterRefused(later().replace("code: employment_record_book", "code: identity_document"),
        "documentsAdded[0].code: 'identity_document' is a document of dmn/s02-required-documents.dmn already");
    String twice = later() + """
          - code: employment_record_book
            nameKk: еңбек кітапшасы
            nameRu: трудовая книжка
            nameEn: employment record book
            originalOrCopy: copy
            condition: always
            channels: [ztmo]
            paragraph: Standard 2, p. 9(6)
            quoteKk: еңбек кітапшасы
        """;
    assertLaterRefused(twice, "documentsAdded[1].code: 'employment_record_book' is added already");
  }

  @Test
  void anAddedDocumentForAChannelCaseTypeOrFlagTheStandardLacks_isRefused() {
    assertLaterRefused(later().replace("channels: [psc]", "channels: [psc, nowhere]\n    caseTypes: [age]\n"
        + "    flags: [astronaut]"),
        "documentsAdded[0].channels: 'nowhere' is not a channel of the standard",
        "documentsAdded[0].caseTypes: 'age' is not a case type of the standard",
        "documentsAdded[0].flags: 'astronaut' is not a flag of the standard");
  }

  @Test
  void anAddedDocumentWithoutItsSource_isRefused() {
    assertLaterRefused(later().replace("quoteKk: ХҚО-ға", "quoteKk: жоқ сөз ХҚО-ға")
        .replace("paragraph: Standard 2, p. 9(6)", "paragraph: p. 9(6)").replace("    nameRu: трудовая книжка\n", ""),
        "documentsAdded[0].quoteKk: not found in the amendment's textKk",
        "documentsAdded[0].paragraph: must read 'Standard 2, p. N(n)'",
        "documentsAdded[0].nameRu: required");
  }

  static final String CHANNEL_AMENDMENT = "classpath*:amendments-fictitious-channel/*.yaml";
  private static final String CHANNEL = "standards/amendments/s02-2026-05-04.yaml";

  private StandardsCatalog withChannelAdded(String channelYaml) {
    var files = new java.util.ArrayList<>(StandardsCatalog.loadAmendments(TEST_AMENDMENTS));
    files.addAll(StandardsCatalog.loadAmendments(LATER_AMENDMENT));
    files.add(read(channelYaml, CHANNEL));
    return new StandardsCatalog(standards, files);
  }

  @Test
  void anAddedChannelAndFlag_areTheStandardsFromTheirDayOnly_withTheDocumentsStatedForThem() {
    StandardsCatalog amended = withChannelAdded(channelAdded());
    Wording april = amended.wordingOn(2, LocalDate.of(2026, 5, 3));
    Wording may = amended.wordingOn(2, LocalDate.of(2026, 5, 4));
    assertThat(may.id()).isEqualTo("s02@2026-05-04");
    assertThat(april.standard().hasChannel("akim")).isFalse();
    assertThat(april.standard().hasFlag("surname-changed")).isFalse();
    assertThat(may.standard().channels()).extracting(Channel::id).containsExactly("ztmo", "psc", "portal", "akim");
    assertThat(may.standard().hasFlag("surname-changed")).isTrue();
    // the added channel's term is added; the others carry over (8 days from 23 March)
    assertThat(may.standard().serviceTerm("akim", null).orElseThrow().value()).isEqualTo(10);
    assertThat(may.standard().serviceTerm("psc", null).orElseThrow().value()).isEqualTo(8);
    assertThat(may.standard().refusalGrounds().get(0).channels()).containsExactly("psc", "akim");
    // the table is asked for the PSC's documents at the akim's; the PSC's added document applies there too
    assertThat(may.documentsAs().channel("akim")).isEqualTo("psc");
    assertThat(may.documentsAs().channel("ztmo")).isEqualTo("ztmo");
    assertThat(may.documentsAdded("akim", "", List.of())).extracting(Amendment.AddedDocument::code)
        .containsExactly("employment_record_book");
    assertThat(may.documentsAdded("akim", "", List.of("surname-changed"))).extracting(Amendment.AddedDocument::code)
        .containsExactly("employment_record_book", "surname_change_document");
    assertThat(may.documentsAdded("ztmo", "", List.of("surname-changed"))).extracting(Amendment.AddedDocument::code)
        .containsExactly("surname_change_document");
    assertThat(may.documentsAdded("ztmo", "", List.of("oralman"))).isEmpty();
  }

  @Test
  void anAddedChannelWithoutItsDocuments_orOneTheStandardHas_isRefused() {
    assertChannelRefused(channelAdded().replace("documentsAs:\n  channels: {akim: psc}", "")
        .replace("channels: [ztmo, psc, akim]", "channels: [ztmo, psc]"),
        "channelsAdded: 'akim' takes applications but no documents are stated for it");
    assertChannelRefused(channelAdded().replace("  - id: akim", "  - id: psc"),
        "channelsAdded[0].id: 'psc' is a channel of the wording already");
    assertChannelRefused(channelAdded().replace("{akim: psc}", "{akim: provider}"),
        "documentsAs.channels.akim: 'provider' is not a channel of the wording before it");
    assertChannelRefused(channelAdded().replace("{akim: psc}", "{akim: psc, ztmo: psc}"),
        "documentsAs.channels.ztmo: is not a channel the amendment adds");
    // without the term the added channel has no service term: the catalog's own rule
    assertChannelRefused(channelAdded().replace("    kind: service\n", "    kind: queue-wait\n"),
        "no 'service' term for channel 'akim'");
  }

  @Test
  void anAddedFlagOrCaseTypeWithoutItsDocuments_isRefused() {
    assertChannelRefused(channelAdded().replace("    flags: [surname-changed]\n", ""),
        "flagsAdded: no documents are stated for 'surname-changed'");
    String caseType = channelAdded() + """
        caseTypesAdded:
          - code: abroad
            nameKk: шетелде тұратын
            nameRu: Проживающий за рубежом
            nameEn: Living abroad
            paragraph: Standard 2, p. 9(8)
        """;
    assertChannelRefused(caseType, "caseTypesAdded: no documents are stated for 'abroad'");
    assertChannelRefused(caseType.replace("{akim: psc}", "{akim: psc}\n  caseTypes: {abroad: age}"),
        "documentsAs.caseTypes.abroad: 'age' is not a case type of the wording before it");
  }

  private void assertChannelRefused(String yaml, String... messages) {
    var thrown = assertThatThrownBy(() -> withChannelAdded(yaml))
        .isInstanceOf(CatalogException.class).hasMessageContaining(CHANNEL);
    for (String message : messages) {
      thrown.hasMessageContaining(message);
    }
  }

  private static String channelAdded() {
    try (var in = AmendedWordingsTest.class.getResourceAsStream("/amendments-fictitious-channel/s02-2026-05-04.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String later() {
    try (var in = AmendedWordingsTest.class.getResourceAsStream("/amendments-fictitious-later/s02-2026-04-01.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void assertLaterRefused(String yaml, String... messages) {
    var files = new java.util.ArrayList<>(StandardsCatalog.loadAmendments(TEST_AMENDMENTS));
    files.add(read(yaml, LATER));
    var thrown = assertThatThrownBy(() -> new StandardsCatalog(standards, files))
        .isInstanceOf(CatalogException.class).hasMessageContaining(LATER);
    for (String message : messages) {
      thrown.hasMessageContaining(message);
    }
  }

  private static String valid() {
    try (var in = AmendedWordingsTest.class.getResourceAsStream("/amendments-fictitious/s02-2026-03-23.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static StandardsCatalog.AmendmentFile read(String yaml) {
    return read(yaml, "standards/amendments/s02-2026-03-23.yaml");
  }

  private static StandardsCatalog.AmendmentFile read(String yaml, String name) {
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
