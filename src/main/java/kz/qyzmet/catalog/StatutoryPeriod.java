package kz.qyzmet.catalog;

/**
 * A length of time as the decree states it, e.g. 10 working days. {@code value} is null only for
 * {@link TermUnit#SAME_DAY} and {@link TermUnit#SCHEDULE}.
 */
public record StatutoryPeriod(Integer value, TermUnit unit) {

  @Override
  public String toString() {
    return unit == TermUnit.SAME_DAY || unit == TermUnit.SCHEDULE ? unit.code() : value + " " + unit.code();
  }
}
