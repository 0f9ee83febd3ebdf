package kz.qyzmet.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a channel does in a standard. */
public enum ChannelFunction {
  /** Accepts applications and their documents. */
  INTAKE("intake"),
  /** Hands the result to the applicant. */
  RESULT_DELIVERY("result-delivery"),
  /** Only gives information (e.g. the portal's "information on the assignment"); no application. */
  INFORMATION_ONLY("information-only"),
  /** Answers without a person deciding (an automated electronic service). */
  AUTOMATED("automated"),
  /** Pays out money (e.g. ZTMO in standard 13); takes no applications. */
  PAYMENT("payment");

  private final String code;

  ChannelFunction(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  @JsonCreator
  public static ChannelFunction fromCode(String code) {
    for (ChannelFunction function : values()) {
      if (function.code.equals(code)) {
        return function;
      }
    }
    throw new IllegalArgumentException("unknown channel function '" + code + "', expected one of "
        + Arrays.stream(values()).map(ChannelFunction::code).collect(Collectors.joining(", ")));
  }
}
