package kz.qyzmet.system;

import jakarta.servlet.http.HttpServletRequest;

/** Placeholder until the correlation-id filter lands (trust-robustness branch). */
public final class CorrelationId {

  public static final String ATTRIBUTE = CorrelationId.class.getName();

  private CorrelationId() {}

  public static String of(HttpServletRequest request) {
    Object id = request.getAttribute(ATTRIBUTE);
    return id == null ? null : id.toString();
  }
}
