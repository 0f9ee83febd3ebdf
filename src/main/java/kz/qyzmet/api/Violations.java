package kz.qyzmet.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Collects what is wrong with a request, so that one answer names every field at fault; a 400 is
 * thrown by {@link #throwIfAny()}.
 */
public final class Violations {

  private final List<FieldProblem> problems = new ArrayList<>();

  public void add(String field, String reason, String message) {
    problems.add(new FieldProblem(field, reason, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** A required value: present and, for text, not blank. */
  public boolean required(String field, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      add(field, "required", field + " is required");
      return false;
    }
    return true;
  }

  /** Text no longer than {@code max} characters. */
  public boolean maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "too-long", field + " is longer than " + max + " characters (" + value.length() + ")");
      return false;
    }
    return true;
  }

  /** Text matching a pattern, explained in words when it does not. */
  public boolean matches(String field, String value, Pattern pattern, String expected) {
    if (value != null && !pattern.matcher(value).matches()) {
      add(field, "format", field + " must be " + expected);
      return false;
    }
    return true;
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, problems);
    }
  }
}
