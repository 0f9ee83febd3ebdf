package kz.qyzmet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.tasklist.ScreenTexts;
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
  void everyDocumentOfEveryStartFormIsNamedWithoutEnglish() {
    for (Standard standard : CATALOG.all()) {
      String expression = StartForms.documentsExpression(standard);
      Matcher label = Pattern.compile("label: \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(expression);
      int labels = 0;
      while (label.find()) {
        labels++;
        ScreenTexts.assertNoEnglish(label.group(1));
      }
      assertThat(labels).as("documents of %s", standard.code()).isPositive();
    }
  }
}
