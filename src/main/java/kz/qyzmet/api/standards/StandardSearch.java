package kz.qyzmet.api.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qyzmet.api.Violations;
import kz.qyzmet.catalog.CaseType;
import kz.qyzmet.catalog.Standard;

/**
 * Words looked up in the names of a standard and its case types, in Kazakh, Russian and English:
 * case-insensitive, every word must begin a word of the names, and a Russian word's ending is
 * ignored, so that "пенсия" finds "пенсионных выплат" (standard 1) and "пенсионной выплаты"
 * (standard 2) but not "компенсации" (standard 13).
 */
final class StandardSearch {

  static final int MAX_LENGTH = 100;
  /** Letters of any script, digits, spaces and the punctuation names contain. */
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}\\s\\-'’«»\".,()/]+");
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}+");
  /** Russian inflectional endings, longest first; dropped only when four letters stay. */
  private static final List<String> RUSSIAN_ENDINGS = List.of("иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми",
      "ими", "ией", "ия", "ие", "ий", "ая", "яя", "ое", "ее", "ые", "ых", "их", "ой", "ей", "ом", "ем", "ам", "ям",
      "ах", "ях", "ов", "ев", "ию", "ью", "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й");

  private final List<String> stems;

  private StandardSearch(List<String> stems) {
    this.stems = stems;
  }

  /** The search for {@code q}; a 400 problem naming {@code field} when it is blank, too long or not words. */
  static StandardSearch parse(String field, String q) {
    Violations violations = new Violations();
    if (!violations.required(field, q) || !violations.maxLength(field, q, MAX_LENGTH)
        || !violations.matches(field, q, ALLOWED, "words (letters, digits, spaces, hyphens), e.g. пенсия")) {
      violations.throwIfAny();
    }
    List<String> stems = new ArrayList<>();
    for (String word : WORD_SEPARATOR.split(normalise(q))) {
      if (!word.isEmpty()) {
        stems.add(stem(word));
      }
    }
    if (stems.isEmpty()) {
      violations.add(field, "format", field + " must contain a word, e.g. пенсия");
      violations.throwIfAny();
    }
    return new StandardSearch(stems);
  }

  boolean matches(Standard standard) {
    List<String> words = Stream.concat(Stream.of(standard.nameKk(), standard.nameRu(), standard.nameEn()),
            standard.caseTypes().stream().flatMap(StandardSearch::names))
        .filter(name -> name != null)
        .flatMap(name -> Stream.of(WORD_SEPARATOR.split(normalise(name))))
        .toList();
    return stems.stream().allMatch(stem -> words.stream().anyMatch(word -> word.startsWith(stem)));
  }

  private static Stream<String> names(CaseType caseType) {
    return Stream.of(caseType.nameKk(), caseType.nameRu(), caseType.nameEn());
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  static String stem(String word) {
    if (!CYRILLIC.matcher(word).matches()) {
      return word;
    }
    for (String ending : RUSSIAN_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }
}
