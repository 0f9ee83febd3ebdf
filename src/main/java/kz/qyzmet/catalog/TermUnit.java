package kz.qyzmet.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The units the decree counts its terms in. */
public enum TermUnit {
  WORKING_DAYS("working_days"),
  CALENDAR_DAYS("calendar_days"),
  MONTHS("months"),
  HOURS("hours"),
  MINUTES("minutes"),
  /** Decided on the day of application; a term in this unit has no value. */
  SAME_DAY("same_day"),
  /**
   * Done on a schedule the decree refers to instead of a term (standard 13: the compensation, "on
   * the compensation payment schedule broken down by regions", p. 4(1)); no value, no due date, no
   * timer, no breach.
   */
  SCHEDULE("schedule");

  private final String code;

  TermUnit(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  @JsonCreator
  public static TermUnit fromCode(String code) {
    for (TermUnit unit : values()) {
      if (unit.code.equals(code)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("unknown unit '" + code + "', expected one of "
        + Arrays.stream(values()).map(TermUnit::code).collect(Collectors.joining(", ")));
  }
}
