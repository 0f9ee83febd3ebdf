package kz.qyzmet.sla;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the SLA dashboard shows, as {@code GET /api/v1/sla} and the Cockpit plugin's resource return
 * it (docs/sla.md defines every figure). Times are in {@code qyzmet.zone}.
 *
 * @param today the local day "due today" refers to
 * @param dueSoonUntil the last day "within two working days" counts (the second working day after today)
 * @param windowFrom the start of the "last 30 days" ({@code asOf} minus 30 days)
 * @param standards one row per standard: every catalogued one, and any other with applications
 * @param total the same figures over all the rows
 */
public record SlaReport(
    OffsetDateTime asOf,
    LocalDate today,
    LocalDate dueSoonUntil,
    OffsetDateTime windowFrom,
    int windowDays,
    Scope scope,
    List<StandardSla> standards,
    StandardSla total,
    Overdue overdue,
    List<Complaint> complaints) {

  /**
   * What the report covers. {@code kind}: {@code all} (the dashboard), {@code standard} (a standard's
   * process definition), {@code complaints} (the complaint review's), {@code block} (a shared block's:
   * every standard).
   */
  public record Scope(String kind, Integer standard, String processDefinitionKey) {

    public static Scope all() {
      return new Scope("all", null, null);
    }
  }

  /**
   * @param margin open applications by working days of margin left ({@link Margin} labels)
   * @param breachRate30Days {@code termsBreached30Days / termsEnded30Days}, absent when no term ended
   * @param medianWorkingDays median working days from submission to result over the results of the
   *     last 30 days, absent when there were none
   * @param wordings with {@code byWording=true}: the same figures per wording of the standard the
   *     applications answer to (docs/amendments.md), oldest first; absent otherwise and in the total
   */
  public record StandardSla(
      Integer number,
      String code,
      String nameKk,
      String nameRu,
      String nameEn,
      String processKey,
      long open,
      long dueToday,
      long dueWithinTwoWorkingDays,
      long overdue,
      Map<String, Long> margin,
      long breaches30Days,
      Map<String, Long> breachesByKind30Days,
      long termsEnded30Days,
      long termsBreached30Days,
      Double breachRate30Days,
      long results30Days,
      Double medianWorkingDays,
      long openComplaints,
      OffsetDateTime nextComplaintDue,
      List<WordingSla> wordings) {}

  /**
   * The figures of the applications that answer to one wording of a standard: the one in force on
   * the day each was submitted (docs/sla.md, "By wording").
   *
   * @param wording e.g. {@code s02@2026-03-23}: the standard's code and the day the wording took effect;
   *     absent in the last entry, for applications without a recorded wording (written outside a
   *     process start), so that the entries add up to the standard's figures
   * @param actNumber the act that gave the wording (217: the decree itself)
   * @param open open applications; {@code overdue} those past their due instant
   * @param termsEnded30Days as the standard's figure, for these applications only (also the breached
   *     and the rate)
   */
  public record WordingSla(
      String wording,
      LocalDate effectiveFrom,
      String actNumber,
      LocalDate actDate,
      long open,
      long overdue,
      long termsEnded30Days,
      long termsBreached30Days,
      Double breachRate30Days) {}

  /** The overdue applications, longest overdue first; {@code total} counts all, the list holds at most the limit. */
  public record Overdue(long total, int limit, List<OverdueApplication> applications) {}

  /**
   * @param workingDaysOverdue working days from the day after the due day up to today (0: it fell due
   *     today, after the close of the day)
   * @param cockpitPath the instance's page in Cockpit, relative to {@code /camunda/app/cockpit/<engine>/}
   */
  public record OverdueApplication(
      String applicationId,
      int standard,
      String code,
      String channel,
      String status,
      OffsetDateTime submittedAt,
      OffsetDateTime dueAt,
      OffsetDateTime originalDueAt,
      int workingDaysOverdue,
      String processInstanceId,
      String cockpitPath) {}

  /**
   * @param workingDaysLeft working days after today up to the due day (0: due today); absent once overdue
   */
  public record Complaint(
      String complaintId,
      String processInstanceId,
      Integer standard,
      String applicationId,
      String level,
      OffsetDateTime dueAt,
      boolean overdue,
      Integer workingDaysLeft,
      String cockpitPath) {}
}
