package kz.qyzmet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.catalog.ParagraphCitation;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.junit.jupiter.api.Test;

/**
 * The committed start forms are what {@link StartForms} writes from the catalog and the tables.
 * After a change to either, write them again with
 * {@code ./mvnw -q -o test -Dtest=StartFormsTest -Dqyzmet.forms.write=true}.
 */
class StartFormsTest {

  private static final StandardsCatalog CATALOG =
      new StandardsCatalog(StandardsCatalog.loadClasspath(StandardsCatalog.LOCATION));

  @Test
  void everyStandardsStartFormIsTheOneGeneratedFromTheCatalogAndItsTable() throws IOException {
    boolean write = Boolean.getBoolean("qyzmet.forms.write");
    List<String> differing = new ArrayList<>();
    for (Standard standard : CATALOG.all()) {
      String expected = StartForms.form(standard);
      if (write) {
        Files.writeString(StartForms.file(standard), expected, StandardCharsets.UTF_8);
      } else if (!Files.exists(StartForms.file(standard))
          || !Files.readString(StartForms.file(standard), StandardCharsets.UTF_8).equals(expected)) {
        differing.add(StartForms.file(standard).toString());
      }
    }
    assertThat(differing).as("start forms that differ from the generator's; write them again with "
        + "-Dqyzmet.forms.write=true").isEmpty();
  }

  @Test
  void aStandardWithCaseTypesAndFlagsAsksForThemByName() {
    String form = StartForms.form(CATALOG.require(29));
    assertThat(form).contains("\"key\": \"caseType\"", "\"key\": \"applicantFlags\"", "\"valuesExpression\"")
        .doesNotContain("Коды", "кодтар");
  }

  @Test
  void aDocumentIsShownWhileOneOfItsRowsHolds() {
    assertThat(StartForms.valuesTest("channel", "\"ztmo\",\"psc\"")).isEqualTo("list contains([\"ztmo\",\"psc\"], channel)");
    assertThat(StartForms.valuesTest("caseType", "-")).isEqualTo("true");
    assertThat(StartForms.flagsTest("not(list contains(?, \"seasonal-workers\") or list contains(?, \"x\"))"))
        .isEqualTo("(not((applicantFlags != null and list contains(applicantFlags, \"seasonal-workers\"))"
            + " or (applicantFlags != null and list contains(applicantFlags, \"x\"))))");
  }

  @Test
  void everyParagraphOfTheTablesReadsInKazakhAndRussianWithoutEnglish() throws IOException {
    List<String> english = new ArrayList<>();
    for (Standard standard : CATALOG.all()) {
      String table = Files.readString(StartForms.TABLES.resolve(standard.code() + "-required-documents.dmn"));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text>\"(Standard \\d+, p\\.[^\"]*)\"</text>").matcher(table);
      while (m.find()) {
        String both = ParagraphCitation.both(m.group(1));
        if (both.matches(".*[A-Za-z].*")) {
          english.add(m.group(1) + " -> " + both);
        }
      }
    }
    assertThat(english).isEmpty();
    assertThat(ParagraphCitation.both("Standard 29, p. 9(1)")).isEqualTo("9-тармақтың 1) тармақшасы / пункт 9, подпункт 1)");
    assertThat(ParagraphCitation.both("Standard 7, p. annex 2, item 4")).isEqualTo("2-қосымшаның 4-тармағы / приложение 2, пункт 4");
  }
}
