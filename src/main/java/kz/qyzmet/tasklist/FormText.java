package kz.qyzmet.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Text that a task form shows from a String variable (markdown in a form-js text component): the
 * case's notes, its files. The engine's String variables hold 4,000 characters.
 */
public final class FormText {

  public static final int MAX_LENGTH = 4000;

  private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_{}\\[\\]()<>#+\\-.!|~])");

  private FormText() {}

  /** A worker's or a client's text shown as written, not as markdown. */
  public static String escape(String text) {
    return MARKDOWN.matcher(text).replaceAll("\\\\$1");
  }

  /**
   * The newest lines (the last ones) that fit in the variable, oldest first; when some do not fit, a
   * first line {@code earlier.apply(n)} says how many earlier ones are left out.
   */
  public static String newestThatFit(List<String> lines, IntFunction<String> earlier) {
    int length = 0;
    int first = lines.size();
    while (first > 0 && length + lines.get(first - 1).length() + 1 <= MAX_LENGTH - 120) {
      length += lines.get(--first).length() + 1;
    }
    List<String> kept = new ArrayList<>(lines.subList(first, lines.size()));
    if (first > 0) {
      kept.add(0, earlier.apply(first));
    }
    return String.join("\n", kept);
  }
}
