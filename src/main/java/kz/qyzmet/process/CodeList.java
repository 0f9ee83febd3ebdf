package kz.qyzmet.process;

import java.util.Arrays;
import java.util.List;

/**
 * Lists of codes (documents, flags) travel through the engine as comma-separated strings: plain
 * string variables that every Camunda tool shows, queries and serializes the same way.
 */
public final class CodeList {

  private CodeList() {}

  public static List<String> parse(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
  }

  public static String format(List<String> codes) {
    return String.join(",", codes);
  }
}
