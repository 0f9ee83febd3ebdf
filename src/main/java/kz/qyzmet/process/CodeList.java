package kz.qyzmet.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Lists of codes (documents, flags) travel through the engine as comma-separated strings: plain
 * string variables that every Camunda tool shows, queries and serializes the same way. A form's
 * checklist arrives as a JSON array (Tasklist submits it as a variable of type Json) and is turned
 * into that string where it enters the process.
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

  /**
   * A checklist's JSON array of codes as the comma-separated string, or empty when the value is not
   * such an array (a string, null, anything else is left to the caller's own check).
   */
  public static Optional<String> fromChecklist(Object value) {
    if (!(value instanceof SpinJsonNode node) || !node.isArray()) {
      return Optional.empty();
    }
    List<String> codes = new ArrayList<>();
    for (SpinJsonNode element : node.elements()) {
      if (!element.isString()) {
        return Optional.empty();
      }
      codes.add(element.stringValue());
    }
    return Optional.of(format(codes.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList()));
  }
}
