package kz.qyzmet.calendar;

import java.util.List;

/** A request to the calendar that cannot be answered as asked, naming the parameter at fault. */
public class CalendarRequestException extends RuntimeException {

  public enum Reason {
    INVALID,
    DUPLICATE,
    NOT_FOUND,
    FORBIDDEN
  }

  private final Reason reason;
  private final String parameter;
  /** What became of the same request at the other regions, when it was sent on though refused here. */
  private List<?> regions;

  public CalendarRequestException(Reason reason, String parameter, String message) {
    super(message);
    this.reason = reason;
    this.parameter = parameter;
  }

  public static CalendarRequestException invalid(String parameter, String message) {
    return new CalendarRequestException(Reason.INVALID, parameter, message);
  }

  public Reason reason() {
    return reason;
  }

  public String parameter() {
    return parameter;
  }

  public List<?> regions() {
    return regions;
  }

  CalendarRequestException withRegions(List<?> outcomes) {
    this.regions = outcomes;
    return this;
  }
}
