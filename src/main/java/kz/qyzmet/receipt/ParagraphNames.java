package kz.qyzmet.receipt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decree's paragraph references of the catalog and the decision tables ({@code Standard 29, p.
 * 9(1)}, {@code Standard 7, p. annex 2, item 4}, {@code Standard 5, p. 9 (loss of job), item 3}) as
 * the decree writes them: {@code 9-тармақ 1) тармақша}, {@code пункт 9, подпункт 1)}. The tables'
 * English qualifiers in brackets (the case a list belongs to) are left out; the receipt names the
 * case. A reference of another shape gives an empty string rather than English.
 */
public final class ParagraphNames {

  private static final Pattern STANDARD = Pattern.compile("^\\s*Standard\\s+\\d+\\s*,\\s*");
  private static final Pattern POINT = Pattern.compile("^p\\.\\s*(annex\\s+)?(\\d+)(?:\\((\\d+)\\))?");
  private static final Pattern ITEM = Pattern.compile(",\\s*item\\s+(\\d+)\\s*$");

  private ParagraphNames() {}

  public static String format(String paragraph, ReceiptLanguage language) {
    if (paragraph == null) {
      return "";
    }
    String rest = STANDARD.matcher(paragraph).replaceFirst("").trim();
    Matcher point = POINT.matcher(rest);
    if (!point.find()) {
      return "";
    }
    boolean annex = point.group(1) != null;
    String number = point.group(2);
    String sub = point.group(3);
    Matcher item = ITEM.matcher(rest);
    if (sub == null && item.find()) {
      sub = item.group(1);
    }
    if (language == ReceiptLanguage.KK) {
      String head = number + (annex ? "-қосымша" : "-тармақ");
      return sub == null ? head : head + " " + sub + ") тармақша";
    }
    String head = (annex ? "приложение " : "пункт ") + number;
    return sub == null ? head : head + ", подпункт " + sub + ")";
  }
}
