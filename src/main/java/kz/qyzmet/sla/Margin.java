package kz.qyzmet.sla;

/**
 * Working days of margin an open application has left before its statutory due date, in the
 * buckets the dashboard and the metric {@code qyzmet_sla_applications_margin} use. The margin of an
 * application due on the k-th working day after today is k; due today, 0; past its due instant,
 * overdue; not yet registered (no due date), none.
 */
public enum Margin {
  OVERDUE("overdue"),
  TODAY("0"),
  ONE("1"),
  TWO("2"),
  THREE_TO_FIVE("3-5"),
  SIX_TO_TEN("6-10"),
  MORE("11+"),
  NO_DUE_DATE("none");

  private final String label;

  Margin(String label) {
    this.label = label;
  }

  /** The tag value and the key in the report's {@code margin} object. */
  public String label() {
    return label;
  }
}
