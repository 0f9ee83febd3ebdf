package kz.qyzmet.receipt;

import java.util.Optional;

/** The languages a receipt is printed in: the state language and Russian, each whole (no English). */
public enum ReceiptLanguage {
  KK("kk"),
  RU("ru");

  private final String code;

  ReceiptLanguage(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** {@code kk} when the request names none; empty for anything but {@code kk} and {@code ru}. */
  public static Optional<ReceiptLanguage> of(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.of(KK);
    }
    for (ReceiptLanguage language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  public String pick(String kk, String ru) {
    return this == KK ? kk : ru;
  }
}
