package kz.qyzmet.process;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document of a standard's table as a worker reads it: "Kazakh name / Russian name (9-тармақ 1)
 * тармақша / п. 9 пп. 1)); түпнұсқа / оригинал". The tables give the paragraph as the catalog writes
 * it ("Standard 2, p. 9(1)", "Standard 3, p. 9 (age), item 2") and whether an original or a copy is
 * taken as a code; both are put into words here.
 */
public final class DocumentWording {

  private DocumentWording() {}

  /** "p. 9", "p. 9(1)", "p. 9 (age), as available, item 1", "p. annex 2, item 3". */
  private static final Pattern PARAGRAPH = Pattern.compile(
      "(?:Standard \\d+, )?p\\. (annex )?(\\d+)(?:\\((\\d+)\\))?(?: \\(([^)]*)\\))?((?:, [a-z -]+?)*)(?:, item (\\d+))?");

  /** The parts of the tables' paragraphs that name a part of the standard's list, in Kazakh and Russian. */
  private static final Map<String, String[]> PARTS = Map.ofEntries(
      Map.entry("age", new String[] {"жасына байланысты", "по возрасту"}),
      Map.entry("disability", new String[] {"мүгедектігі бойынша", "по инвалидности"}),
      Map.entry("loss of breadwinner", new String[] {"асыраушысынан айрылу жағдайы бойынша", "по случаю потери кормильца"}),
      Map.entry("loss of breadwinner, carers", new String[] {"асыраушысынан айрылу жағдайы бойынша, күтім жасайтын адамдар",
          "по случаю потери кормильца, лица, осуществляющие уход"}),
      Map.entry("loss of job", new String[] {"жұмысынан айрылу бойынша", "по случаю потери работы"}),
      Map.entry("loss of working capacity", new String[] {"еңбек ету қабілетінен айрылу бойынша",
          "по случаю утраты трудоспособности"}),
      Map.entry("child care under one", new String[] {"бір жасқа толғанға дейін баланың күтіміне байланысты",
          "по уходу за ребёнком до достижения им одного года"}),
      Map.entry("pregnancy and childbirth, newborn adoption", new String[] {
          "жүктілікке және босануға, жаңа туған баланы асырап алуға байланысты",
          "по беременности и родам, усыновлению новорождённого"}),
      Map.entry("copies and originals", new String[] {"көшірмелер мен түпнұсқалар", "копии и оригиналы"}),
      Map.entry("originals", new String[] {"түпнұсқалар", "оригиналы"}),
      Map.entry("hearing aids", new String[] {"сурдотехникалық құралдар", "сурдотехнические средства"}),
      Map.entry("visual aids", new String[] {"тифлотехникалық құралдар", "тифлотехнические средства"}),
      Map.entry("hygiene products", new String[] {"гигиеналық құралдар", "гигиенические средства"}),
      Map.entry("hearing aids, hygiene products", new String[] {"сурдотехникалық және гигиеналық құралдар",
          "сурдотехнические и гигиенические средства"}),
      Map.entry("as available", new String[] {"бар болса", "при наличии"}),
      Map.entry("self-employed", new String[] {"өз бетінше жұмыспен қамтылғандар", "самостоятельно занятые"}));

  /** "Standard 2, p. 9(1)" as "9-тармақ 1) тармақша / п. 9 пп. 1)"; null when the table gives none. */
  public static String paragraph(String paragraph) {
    if (paragraph == null || paragraph.isBlank()) {
      return null;
    }
    Matcher m = PARAGRAPH.matcher(paragraph.trim());
    if (!m.matches()) {
      return null;
    }
    boolean annex = m.group(1) != null;
    String number = m.group(2);
    String item = m.group(3) != null ? m.group(3) : m.group(6);
    StringBuilder kk = new StringBuilder(annex ? number + "-қосымша" : number + "-тармақ");
    StringBuilder ru = new StringBuilder(annex ? "прил. " + number : "п. " + number);
    StringBuilder partsKk = new StringBuilder();
    StringBuilder partsRu = new StringBuilder();
    if (m.group(4) != null) {
      part(m.group(4), partsKk, partsRu);
    }
    for (String extra : m.group(5).split(", ")) {
      if (!extra.isBlank()) {
        part(extra.trim(), partsKk, partsRu);
      }
    }
    if (!partsKk.isEmpty()) {
      kk.append(" (").append(partsKk).append(')');
      ru.append(" (").append(partsRu).append(')');
    }
    if (item != null) {
      kk.append(' ').append(item).append(") тармақша");
      ru.append(" пп. ").append(item).append(')');
    }
    return kk + " / " + ru;
  }

  private static void part(String english, StringBuilder kk, StringBuilder ru) {
    String[] words = PARTS.get(english);
    if (words == null) {
      return;
    }
    if (!kk.isEmpty()) {
      kk.append(", ");
      ru.append(", ");
    }
    kk.append(words[0]);
    ru.append(words[1]);
  }

  /** "original", "copy", ... in words; null for an unknown code. */
  public static String originalOrCopy(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "original" -> "түпнұсқа / оригинал";
      case "copy" -> "көшірме / копия";
      case "original-for-verification" -> "салыстыру үшін түпнұсқа / оригинал для сверки";
      case "electronic" -> "электрондық құжат / электронный документ";
      default -> null;
    };
  }

  /** "Kazakh name / Russian name (paragraph)", what a choice of the document reads. */
  public static String label(RequiredDocument document) {
    String paragraph = paragraph(document.paragraph());
    return names(document) + (paragraph == null ? "" : " (" + paragraph + ")");
  }

  /** A line of a Markdown list: the names, the paragraph and whether an original or a copy. */
  public static String line(RequiredDocument document) {
    String form = originalOrCopy(document.originalOrCopy());
    return "- " + markdown(label(document)) + (form == null ? "" : "; *" + form + "*");
  }

  /** A document the table does not name (e.g. one a system delivered): said so, never its code. */
  public static String unknownLine() {
    return "- Стандарт тізімінде жоқ құжат / Документ не из перечня стандарта";
  }

  static String names(RequiredDocument document) {
    String kk = document.nameKk() == null ? "" : kazakhLetters(document.nameKk().trim());
    String ru = document.nameRu() == null || document.nameRu().isBlank() ? null : document.nameRu().trim();
    return ru == null ? kk : kk + " / " + ru;
  }

  /**
   * The decree's published Kazakh text types some і as the Latin i ("жерi", "тiркелгенiн"), and the
   * tables keep its wording as published; on a screen it is the Kazakh letter.
   */
  static String kazakhLetters(String text) {
    return text.replaceAll("(?<=\\p{IsCyrillic})i|i(?=\\p{IsCyrillic})", "і")
        .replaceAll("(?<=\\p{IsCyrillic})I|I(?=\\p{IsCyrillic})", "І");
  }

  /** Text shown as Markdown is shown as written: the characters Markdown would read are escaped. */
  static String markdown(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
