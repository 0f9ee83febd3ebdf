package kz.qyzmet.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standard's text of the seed (the decree), searchable for a document name whatever the PDF did
 * to its spacing (line breaks, soft hyphens, words spread letter by letter: "ө т і н і ш"), and the
 * test that a name found there is whole: the decree's item does not go on after it.
 *
 * <p>A name is whole when its parentheses and quotes are balanced, it does not end in a word that
 * needs a noun after it (a genitive or dative, a participle, a postposition such as "туралы" or
 * "қарамастан"), and in the seed it is followed by the end of an item: ";", ".", ":", the end of
 * the standard, a ")" that closes a list it stands in, a verb of presenting ("ұсынылады",
 * "береді": the item is a sentence), or, for one of several documents of an item, a separator (",", "(", "немесе", "не",
 * "және", "мен", "сондай-ақ", "мынадай").
 */
final class SeedWording {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
  /** Endings after which a Kazakh noun phrase is not finished. */
  private static final Pattern UNFINISHED = Pattern.compile(
      "(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ған|ген|қан|кен|тын|тін"
          + "|туралы|үшін|қарамастан|бойынша|сәйкес|бастап|дейін|арқылы|жөніндегі)$");
  private static final Set<String> SEPARATOR_WORDS =
      Set.of("немесе", "не", "және", "мен", "бен", "пен", "сондай-ақ", "мынадай");
  private static final Set<String> PRESENTING_VERBS = Set.of("ұсынылады", "ұсынады", "береді", "беріледі",
      "жібереді", "толтырады", "тапсырады", "тапсырылады");
  private static final Pattern LETTER_SPACED = Pattern.compile("(?:\\S ){2,}\\S");
  private static final Pattern SEED_PHRASES = Pattern.compile("seed: (\"[^\"]+\"(?:, \"[^\"]+\")*)$");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private final String original;
  private final String squeezed;
  /** For each character of {@link #squeezed}: its index in {@link #original}. */
  private final int[] at;
  /** For each character of {@link #squeezed}: its line number in the seed. */
  private final int[] line;

  /** @param lines the standard's lines of the seed, the first of which is line {@code firstLine} */
  SeedWording(List<String> lines, int firstLine) {
    this.original = String.join("\n", lines);
    StringBuilder s = new StringBuilder();
    List<Integer> positions = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    int n = firstLine;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c == '\n') {
        n++;
      }
      if (!ignorable(c)) {
        s.append(c);
        positions.add(i);
        lineNumbers.add(n);
      }
    }
    this.squeezed = s.toString();
    this.at = positions.stream().mapToInt(Integer::intValue).toArray();
    this.line = lineNumbers.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean ignorable(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD';
  }

  static String squeeze(String text) {
    StringBuilder s = new StringBuilder();
    text.chars().filter(c -> !ignorable((char) c)).forEach(c -> s.append((char) c));
    return s.toString();
  }

  /** The phrases a composed name is made of, from a rule's description ({@code ... seed: "a", "b"}). */
  static List<String> seedPhrases(String description) {
    Matcher m = SEED_PHRASES.matcher(description);
    List<String> phrases = new ArrayList<>();
    if (m.find()) {
      Matcher q = QUOTED.matcher(m.group(1));
      while (q.find()) {
        phrases.add(q.group(1));
      }
    }
    return phrases;
  }

  /**
   * Why {@code name} is not the seed's whole wording starting on a line from {@code fromLine} to
   * {@code toLine}, or null when it is.
   */
  String whyNotWhole(String name, int fromLine, int toLine) {
    if (!balanced(name)) {
      return "its parentheses or quotes are not closed";
    }
    return whyNotAnItemsEnd(name, fromLine, toLine);
  }

  /**
   * Like {@link #whyNotWhole} without the test of balance: for a phrase of a composed name, which
   * may carry a parenthesis the decree itself leaves open.
   */
  String whyNotAnItemsEnd(String name, int fromLine, int toLine) {
    String last = lastWord(name);
    if (UNFINISHED.matcher(last.toLowerCase(Locale.ROOT)).find()) {
      return "it ends in '" + last + "', which needs a noun after it";
    }
    String s = squeeze(name);
    boolean found = false;
    String next = null;
    for (int i = squeezed.indexOf(s); i >= 0; i = squeezed.indexOf(s, i + 1)) {
      if (line[i] < fromLine || line[i] > toLine) {
        continue;
      }
      found = true;
      next = followedBy(i, i + s.length());
      if (next == null) {
        return null;
      }
    }
    return found ? "in the seed it goes on: '" + next + "'"
        : "it is not the seed's wording on lines " + fromLine + "-" + toLine;
  }

  /** Null when the end of the match at [start, end) ends an item of the decree; else what follows. */
  private String followedBy(int start, int end) {
    if (end >= squeezed.length()) {
      return null;
    }
    char c = squeezed.charAt(end);
    if (c == ';' || c == '.' || c == ':') {
      return null;
    }
    if (c == ')' && openBefore(start)) {
      return null;
    }
    if (c == ',' || c == '(' || c == '–' || c == '-') {
      return null;
    }
    String token = wordAt(at[end]);
    Matcher w = WORD.matcher(token);
    String word = w.lookingAt() ? w.group().toLowerCase(Locale.ROOT) : "";
    if (SEPARATOR_WORDS.contains(word) || PRESENTING_VERBS.contains(word)) {
      return null;
    }
    return squeezed.substring(end, Math.min(squeezed.length(), end + 30));
  }

  /** The word of the original text at {@code from}, joined again if the PDF spread it out letter by letter. */
  private String wordAt(int from) {
    int to = from;
    while (to < original.length() && original.charAt(to) != '\n' && !original.startsWith("  ", to)) {
      to++;
    }
    String chunk = original.substring(from, to);
    if (LETTER_SPACED.matcher(chunk).lookingAt()) {
      return chunk.replace(" ", "");
    }
    return chunk.split("\\s", 2)[0];
  }

  /** The match stands inside a parenthesis of the seed (a list in brackets). */
  private boolean openBefore(int start) {
    int depth = 0;
    for (int i = 0; i < start; i++) {
      char c = squeezed.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** The seed's phrase occurs starting on a line from {@code fromLine} to {@code toLine}. */
  boolean occurs(String phrase, int fromLine, int toLine) {
    String s = squeeze(phrase);
    for (int i = squeezed.indexOf(s); i >= 0; i = squeezed.indexOf(s, i + 1)) {
      if (line[i] >= fromLine && line[i] <= toLine) {
        return true;
      }
    }
    return false;
  }

  static boolean balanced(String name) {
    int depth = 0;
    int quotes = 0;
    for (char c : name.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      } else if (c == '«') {
        quotes++;
      } else if (c == '»' && --quotes < 0) {
        return false;
      }
    }
    return depth == 0 && quotes == 0;
  }

  /** The last word of a name, not counting a closing parenthesis or quotation of its own. */
  static String lastWord(String name) {
    String n = name.strip();
    while (n.endsWith(")") || n.endsWith("»")) {
      char close = n.charAt(n.length() - 1);
      char open = close == ')' ? '(' : '«';
      int depth = 0;
      int i = n.length() - 1;
      for (; i >= 0; i--) {
        char c = n.charAt(i);
        if (c == close) {
          depth++;
        } else if (c == open && --depth == 0) {
          break;
        }
      }
      if (i <= 0) {
        break;
      }
      n = n.substring(0, i).strip();
    }
    String last = "";
    Matcher m = WORD.matcher(n);
    while (m.find()) {
      last = m.group();
    }
    return last;
  }

  /** The words of a text, lower case, for comparing a composed name with its phrases. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
