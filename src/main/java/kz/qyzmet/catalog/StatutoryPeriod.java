package kz.qyzmet.catalog;

/**
 * A length of time as the decree states it, e.g. 10 working days. {@code value} is null only for
 * {@link TermUnit#SAME_DAY}.
 */
public record StatutoryPeriod(Integer value, TermUnit unit) {

  @Override
  public String toString() {
    return unit == TermUnit.SAME_DAY ? "same_day" : value + " " + unit.code();
  }
}
