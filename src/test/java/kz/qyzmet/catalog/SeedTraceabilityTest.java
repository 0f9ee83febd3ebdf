package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Kazakh quote in the catalog starts on the seed line it names, and every Kazakh document
 * name in a table is the decree's wording near the line its rule names. The seed text (the decree)
 * is read from {@code -Dqyzmet.seed=...} or {@code ../shared/seed/}; without it these tests are
 * skipped. Spacing is ignored: the PDF conversion spread some words out letter by letter.
 */
class SeedTraceabilityTest {

  private static final String SEED_NAME = "000_8ee01c302381874a.txt";
  private static List<String> seed;

  @BeforeAll
  static void readSeed() throws IOException {
    Path path = Path.of(System.getProperty("qyzmet.seed", "../shared/seed/" + SEED_NAME));
    assumeTrue(Files.isRegularFile(path), "seed text not found at " + path.toAbsolutePath());
    seed = Files.readAllLines(path, StandardCharsets.UTF_8);
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String lines(int from, int to) {
    return squeeze(String.join("", seed.subList(from - 1, Math.min(to, seed.size()))));
  }

  /** The quote occurs in the standard's text and begins on {@code line}. */
  private static void assertQuoteStartsAt(Standard s, String what, String quote, int line) {
    String q = squeeze(quote);
    String rest = lines(line, s.seedLines().to());
    int at = rest.indexOf(q);
    assertThat(at).as(s.code() + " " + what + ": quote not found from line " + line + ": " + quote)
        .isGreaterThanOrEqualTo(0);
    assertThat(at).as(s.code() + " " + what + ": quote does not start on line " + line + ": " + quote)
        .isLessThan(squeeze(seed.get(line - 1)).length());
  }

  private static void assertInStandard(Standard s, String what, String text) {
    assertThat(lines(s.seedLines().from(), s.seedLines().to()))
        .as(s.code() + " " + what + " is not the seed's wording: " + text).contains(squeeze(text));
  }

  @TestFactory
  List<DynamicTest> catalogQuotesAreTheSeeds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Standard s : TestCatalog.CATALOG.all()) {
      tests.add(DynamicTest.dynamicTest(s.code(), () -> {
        assertInStandard(s, "nameKk", "«" + s.nameKk() + "»");
        for (int i = 0; i < s.terms().size(); i++) {
          Term t = s.terms().get(i);
          assertQuoteStartsAt(s, "terms[" + i + "]", t.quoteKk(), t.seedLine());
        }
        for (int i = 0; i < s.extensions().size(); i++) {
          Extension e = s.extensions().get(i);
          assertQuoteStartsAt(s, "extensions[" + i + "]", e.quoteKk(), e.seedLine());
        }
        Complaints c = s.complaints();
        assertQuoteStartsAt(s, "complaints", c.quoteKk(), c.seedLine());
        assertQuoteStartsAt(s, "complaints (quality authority)", c.qualityAuthorityQuoteKk(),
            c.qualityAuthoritySeedLine());
        if (c.pscHead() != null) {
          assertQuoteStartsAt(s, "complaints (PSC head)", c.pscHead().quoteKk(), c.pscHead().seedLine());
          if (c.pscHead().termFromDecree()) {
            assertQuoteStartsAt(s, "complaints (PSC head's term)", c.pscHead().termQuoteKk(),
                c.pscHead().termSeedLine());
          }
        }
        s.caseTypes().forEach(ct -> assertInStandard(s, "caseType " + ct.code(), ct.nameKk()));
        s.flags().stream().filter(f -> f.nameKk() != null)
            .forEach(f -> assertInStandard(s, "flag " + f.code(), f.nameKk()));
      }));
    }
    return tests;
  }

  /**
   * Every Kazakh document name of a table is the decree's whole wording: found in the standard's
   * text starting within 12 lines of the line its rule names, and whole ({@link SeedWording}).
   * A name a table composes from several places (or where the decree's own wording cannot stand
   * alone) names its phrases in the rule's description, {@code seed: "a", "b"}: then each phrase is
   * the seed's, the last one ends an item, and the name uses only the phrases' words.
   */
  @TestFactory
  List<DynamicTest> documentNamesAreTheSeedsWholeWording() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String code : RequiredDocumentsTables.codes()) {
      tests.add(DynamicTest.dynamicTest(code, () -> {
        Standard s = TestCatalog.CATALOG.require(Integer.parseInt(code.substring(1)));
        SeedWording text = new SeedWording(
            seed.subList(s.seedLines().from() - 1, Math.min(s.seedLines().to(), seed.size())), s.seedLines().from());
        DecisionTable table = RequiredDocumentsTables.model(code)
            .getModelElementsByType(DecisionTable.class).iterator().next();
        List<String> problems = new ArrayList<>();
        for (Rule rule : table.getRules()) {
          String description = rule.getDescription().getTextContent();
          Matcher m = RequiredDocumentsContractTest.DESCRIPTION.matcher(description);
          assertThat(m.matches()).as(code + " " + rule.getId()).isTrue();
          int line = Integer.parseInt(m.group(3));
          String nameKk = RequiredDocumentsContractTest.unquote(
              new ArrayList<>(rule.getOutputEntries()).get(1).getTextContent().trim());
          String where = code + " " + rule.getId() + " '" + nameKk + "': ";
          List<String> phrases = SeedWording.seedPhrases(description);
          if (phrases.isEmpty()) {
            String why = text.whyNotWhole(nameKk, line, line + 12);
            if (why != null) {
              problems.add(where + why);
            }
            continue;
          }
          for (String phrase : phrases) {
            if (!text.occurs(phrase, line, line + 12)) {
              problems.add(where + "seed phrase not found from line " + line + ": " + phrase);
            }
          }
          String last = phrases.get(phrases.size() - 1);
          String why = text.whyNotAnItemsEnd(last, line, line + 12);
          if (why != null) {
            problems.add(where + "last seed phrase '" + last + "': " + why);
          }
          if (!SeedWording.balanced(nameKk)) {
            problems.add(where + "its parentheses or quotes are not closed");
          }
          Set<String> words = new HashSet<>();
          phrases.forEach(p -> words.addAll(SeedWording.words(p)));
          Set<String> own = SeedWording.words(nameKk);
          own.removeAll(words);
          if (!own.isEmpty()) {
            problems.add(where + "words not in its seed phrases: " + own);
          }
        }
        assertThat(problems).as(code + " document names that are not the seed's whole wording").isEmpty();
      }));
    }
    return tests;
  }
}
