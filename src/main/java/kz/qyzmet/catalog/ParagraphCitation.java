package kz.qyzmet.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision table's paragraph ("Standard 29, p. 9(1)", "Standard 7, p. annex 2, item 4",
 * "Standard 5, p. 9 (age), item 3") as a worker reads it in Kazakh or Russian: "9-тармақтың
 * 1) тармақшасы", "пункт 9, подпункт 1)". The English gloss in parentheses names the case type the
 * worker has already chosen, and is left out; the rest is kept, so the citation still finds the
 * place in the decree.
 */
public final class ParagraphCitation {

  private static final Pattern STANDARD = Pattern.compile("^Standard \\d+,\\s*");
  private static final Pattern SUBPARAGRAPH = Pattern.compile("^p\\. (\\d+)\\((\\d+)\\)$");
  private static final Pattern PARAGRAPH = Pattern.compile("^p\\. (\\d+)$");
  private static final Pattern ANNEX_ITEM = Pattern.compile("^p\\. annex (\\d+), item (\\d+)$");
  private static final Pattern GLOSSED_ITEM = Pattern.compile("^p\\. (\\d+) \\([^)]*\\)(?:,[^,]*)*, item (\\d+)$");

  private ParagraphCitation() {}

  /** In Kazakh, e.g. "9-тармақтың 1) тармақшасы"; the text itself when it has another shape. */
  public static String kk(String paragraph) {
    return format(paragraph, true);
  }

  /** In Russian, e.g. "пункт 9, подпункт 1)"; the text itself when it has another shape. */
  public static String ru(String paragraph) {
    return format(paragraph, false);
  }

  /** Both, as the bilingual screens show them: "9-тармақтың 1) тармақшасы / пункт 9, подпункт 1)". */
  public static String both(String paragraph) {
    return kk(paragraph) + " / " + ru(paragraph);
  }

  private static String format(String paragraph, boolean kazakh) {
    if (paragraph == null || paragraph.isBlank()) {
      return "";
    }
    String place = STANDARD.matcher(paragraph.strip()).replaceFirst("");
    Matcher m;
    if ((m = SUBPARAGRAPH.matcher(place)).matches()) {
      return kazakh ? m.group(1) + "-тармақтың " + m.group(2) + ") тармақшасы"
          : "пункт " + m.group(1) + ", подпункт " + m.group(2) + ")";
    }
    if ((m = PARAGRAPH.matcher(place)).matches()) {
      return kazakh ? m.group(1) + "-тармақ" : "пункт " + m.group(1);
    }
    if ((m = ANNEX_ITEM.matcher(place)).matches()) {
      return kazakh ? m.group(1) + "-қосымшаның " + m.group(2) + "-тармағы"
          : "приложение " + m.group(1) + ", пункт " + m.group(2);
    }
    if ((m = GLOSSED_ITEM.matcher(place)).matches()) {
      return kazakh ? m.group(1) + "-тармақтың " + m.group(2) + ") тармақшасы"
          : "пункт " + m.group(1) + ", подпункт " + m.group(2) + ")";
    }
    return place;
  }
}
