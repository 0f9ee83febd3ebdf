package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What a worker or an owner reads on a screen (a form's label, a model's element name, a filter's
 * name) is Kazakh first and Russian second, "Шешім / Решение", and no English: Latin letters only in
 * the few names that are Latin in Kazakhstan too (a standard's code, SMS, egov.kz). Template
 * expressions of a form ({{...}}) are code, not text, and are left out.
 */
public final class ScreenTexts {

  /** Latin the screens may show: a standard's code (S08), SMS, egov.kz. */
  static final Pattern ALLOWED_LATIN = Pattern.compile("\\bS\\d{2}\\b|\\bSMS\\b|\\begov\\.kz\\b|\\b[IVX]+\\b");
  static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}");
  static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");
  /** Letters of Kazakh that Russian has not. */
  static final Pattern KAZAKH_ONLY = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

  private ScreenTexts() {}

  /** A label or name: "Kazakh / Russian", both parts in Cyrillic, no English. */
  public static void assertKazakhAndRussian(String label) {
    assertNoEnglish(label);
    String[] parts = label.split(" / ");
    assertThat(parts).as("'%s' is 'Kazakh / Russian'", label).hasSize(2);
    assertThat(parts[0]).as("the Kazakh part of '%s'", label).containsPattern("\\p{IsCyrillic}");
    // Proper names in quotes keep their Kazakh letters in Russian too («Алтын алқа»).
    assertThat(parts[1].replaceAll("«[^»]*»", "")).as("the Russian part of '%s'", label)
        .containsPattern("\\p{IsCyrillic}").doesNotContainPattern(KAZAKH_ONLY);
  }

  /** A Markdown link's address, which the worker does not read: "[text](/camunda/...)". */
  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");

  /** A text of several sentences or fields: each in Kazakh and Russian, no English. */
  public static void assertNoEnglish(String text) {
    assertThat(text).as("a screen text").isNotBlank();
    String words = ALLOWED_LATIN.matcher(TEMPLATE.matcher(LINK_TARGET.matcher(text).replaceAll("]")).replaceAll(""))
        .replaceAll("");
    assertThat(words).as("'%s' has no English", text).doesNotContainPattern(LATIN);
    assertThat(words).as("'%s' has Kazakh and Russian", text).contains(" / ");
  }
}
