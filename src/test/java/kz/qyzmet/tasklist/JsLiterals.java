package kz.qyzmet.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The string and template literals of (minified) JavaScript, in the order they stand, for tests that
 * read what a bundled library writes on the screen. A template's {@code ${…}} slots become {@code {1}},
 * {@code {2}}, …; comments and regular expressions are skipped (a slash starts a regular expression
 * where an operand is expected, as in minified code).
 */
record JsLiterals(List<Literal> literals) {

  /** A literal: where it starts in the source, and its text with the slots numbered. */
  record Literal(int position, String text) {}

  private static final Pattern KEYWORD_BEFORE = Pattern.compile("(?:return|typeof|case|in|of|void|else)$");
  private static final String OPERAND_EXPECTED = "(,=:[!&|?{};+-*%<>~^";

  static JsLiterals of(String source) {
    List<Literal> found = new ArrayList<>();
    int i = 0;
    int n = source.length();
    char previous = 0;
    while (i < n) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        StringBuilder text = new StringBuilder();
        while (source.charAt(end) != c) {
          if (source.charAt(end) == '\\') {
            text.append(unescape(source.charAt(end + 1)));
            end += 2;
          } else {
            text.append(source.charAt(end++));
          }
        }
        found.add(new Literal(i, text.toString()));
        i = end + 1;
        previous = 'x';
        continue;
      }
      if (c == '`') {
        int end = i + 1;
        int slot = 0;
        StringBuilder text = new StringBuilder();
        while (source.charAt(end) != '`') {
          if (source.charAt(end) == '\\') {
            text.append(unescape(source.charAt(end + 1)));
            end += 2;
          } else if (source.startsWith("${", end)) {
            end = skipExpression(source, end + 2);
            text.append('{').append(++slot).append('}');
          } else {
            text.append(source.charAt(end++));
          }
        }
        found.add(new Literal(i, text.toString()));
        i = end + 1;
        previous = 'x';
        continue;
      }
      if (c == '/' && i + 1 < n) {
        char next = source.charAt(i + 1);
        if (next == '/') {
          int end = source.indexOf('\n', i);
          i = end < 0 ? n : end;
          continue;
        }
        if (next == '*') {
          i = source.indexOf("*/", i) + 2;
          continue;
        }
        if (previous == 0 || OPERAND_EXPECTED.indexOf(previous) >= 0
            || KEYWORD_BEFORE.matcher(source.substring(Math.max(0, i - 7), i).stripTrailing()).find()) {
          i = skipRegularExpression(source, i);
          previous = 'x';
          continue;
        }
      }
      if (!Character.isWhitespace(c)) {
        previous = c;
      }
      i++;
    }
    return new JsLiterals(List.copyOf(found));
  }

  private static char unescape(char escaped) {
    return switch (escaped) {
      case 'n' -> '\n';
      case 't' -> '\t';
      default -> escaped;
    };
  }

  /** From just after {@code ${} to just after its closing brace, strings inside included. */
  private static int skipExpression(String source, int from) {
    int depth = 1;
    int i = from;
    while (depth > 0) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        i++;
        while (source.charAt(i) != c) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      i++;
    }
    return i;
  }

  private static int skipRegularExpression(String source, int from) {
    int i = from + 1;
    boolean inClass = false;
    while (true) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        return i + 1;
      }
      i++;
    }
  }
}
