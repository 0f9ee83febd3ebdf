package kz.qyzmet.sla;

import static kz.qyzmet.sla.SlaTestData.at;
import static kz.qyzmet.sla.SlaTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.sla.SlaReport.OverdueApplication;
import kz.qyzmet.sla.SlaReport.StandardSla;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SLA figures of a seeded standard (number 97, no one else's) with the engine clock on both
 * sides of Nauryz 2026 (21-25 March are days off: 21-23 the holiday, 24 and 25 the days moved from
 * the weekend). On Friday 20 March "within two working days" reaches Friday 27 March; on Thursday
 * 26 March an application due on the 20th is one working day overdue, not six.
 *
 * <p>The seeded applications (submitted, due, closed; local Almaty times):
 * <pre>
 * A1 IN_REVIEW          psc     due 20.03 18:00
 * A2 REGISTERED         psc     due 26.03 18:00
 * A3 IN_REVIEW          portal  due 27.03 18:00
 * A4 AWAITING_DOCUMENTS psc     due 30.03 18:00   applicant-notification breach recorded 18.03
 * A5 IN_REVIEW          ztmo    due 19.03 18:00   (its timer has not run yet: no breach row)
 * A6 IN_REVIEW          psc     due 13.03 18:00   service-term breach recorded 13.03
 * A7 SUBMITTED          portal  no due date yet
 * C1 GRANTED   02.03 -> 12.03, due 16.03                      7 working days (9 March is a day off)
 * C2 REFUSED   05.03 -> 19.03, due 17.03, service-term breach 9 working days
 * C3 GRANTED   20.01 -> 15.02, due 03.02, breach on 03.02     outside the 30 days
 * C4 WITHDRAWN 04.03 -> 10.03, due 18.03                      withdrawn before its term ended
 * C5 GRANTED   16.03 -> 16.03, due 30.03                      0 working days
 * complaint (provider level) registered 18.03: due 30.03 18:00
 * </pre>
 */
@QyzmetIntegrationTest
class SlaReportTest {

  static final int STANDARD = 97;

  @Autowired SlaService sla;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;

  SlaTestData data;
  String a1;
  String a5;
  String a6;
  String complaint;

  @BeforeEach
  void seed() {
    data = new SlaTestData(jdbc, STANDARD);
    data.clearStandard();
    a1 = data.open("IN_REVIEW", "psc", "2026-03-06T10:00", "2026-03-20T18:00");
    data.open("REGISTERED", "psc", "2026-03-12T10:00", "2026-03-26T18:00");
    data.open("IN_REVIEW", "portal", "2026-03-13T10:00", "2026-03-27T18:00");
    String a4 = data.open("AWAITING_DOCUMENTS", "psc", "2026-03-16T10:00", "2026-03-30T18:00");
    a5 = data.open("IN_REVIEW", "ztmo", "2026-03-05T10:00", "2026-03-19T18:00");
    a6 = data.open("IN_REVIEW", "psc", "2026-02-27T10:00", "2026-03-13T18:00");
    data.open("SUBMITTED", "portal", "2026-03-20T09:00", null);
    data.breach(a4, "APPLICANT_NOTIFICATION", "2026-03-18T18:00", "2026-03-18T18:00");
    data.breach(a6, "SERVICE_TERM", "2026-03-13T18:00", "2026-03-13T18:00");

    data.closed("GRANTED", "2026-03-02T10:00", "2026-03-16T18:00", "2026-03-12T15:00");
    String c2 = data.closed("REFUSED", "2026-03-05T10:00", "2026-03-17T18:00", "2026-03-19T11:00");
    data.breach(c2, "SERVICE_TERM", "2026-03-17T18:00", "2026-03-17T18:00");
    String c3 = data.closed("GRANTED", "2026-01-20T10:00", "2026-02-03T18:00", "2026-02-15T12:00");
    data.breach(c3, "SERVICE_TERM", "2026-02-03T18:00", "2026-02-03T18:00");
    data.closed("WITHDRAWN", "2026-03-04T10:00", "2026-03-18T18:00", "2026-03-10T10:00");
    data.closed("GRANTED", "2026-03-16T09:00", "2026-03-30T18:00", "2026-03-16T17:00");

    clockAt("2026-03-18T10:00");
    String complaintId = "SLA-C-" + UUID.randomUUID();
    // Registered under standard 2 (the review term comes from the catalog), then moved to the
    // test's own standard number, which has no catalogue entry.
    complaint = runtimeService.startProcessInstanceByKey("complaint-review", complaintId, Map.of(
        "applicationId", a6, "standardNumber", 2, "standardCode", "s02",
        "applicantName", "Test", "complaintLevel", "provider", "complaintText", "Late",
        "complaintId", complaintId)).getId();
    runtimeService.setVariable(complaint, "standardNumber", STANDARD);
  }

  @AfterEach
  void clean() {
    SlaTestData.resetClock();
    if (complaint != null) {
      runtimeService.deleteProcessInstance(complaint, "SLA test done");
    }
    data.clearStandard();
  }

  @Test
  void fridayBeforeNauryz_withinTwoWorkingDaysReachesTheNextFriday() {
    clockAt("2026-03-20T10:00");
    SlaReport report = sla.report(SlaReport.Scope.all());

    assertThat(report.today()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(report.dueSoonUntil()).isEqualTo(LocalDate.of(2026, 3, 27));
    StandardSla row = row(report);
    assertThat(row.open()).isEqualTo(7);
    assertThat(row.dueToday()).isEqualTo(1);
    assertThat(row.dueWithinTwoWorkingDays()).isEqualTo(3);
    assertThat(row.overdue()).isEqualTo(2);
    assertThat(row.margin()).containsExactly(
        Map.entry("overdue", 2L), Map.entry("0", 1L), Map.entry("1", 1L), Map.entry("2", 1L),
        Map.entry("3-5", 1L), Map.entry("6-10", 0L), Map.entry("11+", 0L), Map.entry("none", 1L));

    // The last 30 days: 18 February 10:00 to now.
    assertThat(row.breaches30Days()).isEqualTo(3);
    assertThat(row.breachesByKind30Days()).containsOnly(
        Map.entry("SERVICE_TERM", 2L), Map.entry("APPLICANT_NOTIFICATION", 1L));
    assertThat(row.termsEnded30Days()).isEqualTo(4);
    assertThat(row.termsBreached30Days()).isEqualTo(3);
    assertThat(row.breachRate30Days()).isEqualTo(0.75);
    assertThat(row.results30Days()).isEqualTo(3);
    assertThat(row.medianWorkingDays()).isEqualTo(7.0);

    assertThat(row.openComplaints()).isEqualTo(1);
    assertThat(row.nextComplaintDue()).isEqualTo(at("2026-03-30T18:00"));
    assertThat(report.complaints()).filteredOn(c -> c.processInstanceId().equals(complaint)).singleElement()
        .satisfies(c -> {
          assertThat(c.overdue()).isFalse();
          assertThat(c.workingDaysLeft()).isEqualTo(3);
          assertThat(c.applicationId()).isEqualTo(a6);
          assertThat(c.cockpitPath()).isEqualTo("#/process-instance/" + complaint + "/runtime");
        });

    assertThat(overdueOfStandard(report)).extracting(OverdueApplication::applicationId,
        OverdueApplication::workingDaysOverdue).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a6, 5), org.assertj.core.groups.Tuple.tuple(a5, 1));
  }

  @Test
  void thursdayAfterNauryz_aTermThatEndedOnTheTwentiethIsOneWorkingDayOverdue() {
    clockAt("2026-03-26T10:00");
    SlaReport report = sla.report(SlaReport.Scope.all());

    assertThat(report.dueSoonUntil()).isEqualTo(LocalDate.of(2026, 3, 30));
    StandardSla row = row(report);
    assertThat(row.open()).isEqualTo(7);
    assertThat(row.overdue()).isEqualTo(3);
    assertThat(row.dueToday()).isEqualTo(1);
    assertThat(row.dueWithinTwoWorkingDays()).isEqualTo(3);
    assertThat(row.margin()).containsEntry("overdue", 3L).containsEntry("0", 1L).containsEntry("1", 1L)
        .containsEntry("2", 1L).containsEntry("3-5", 0L);
    assertThat(row.termsEnded30Days()).isEqualTo(5);
    assertThat(row.termsBreached30Days()).isEqualTo(4);
    assertThat(row.breachRate30Days()).isEqualTo(0.8);

    assertThat(overdueOfStandard(report)).extracting(OverdueApplication::applicationId,
        OverdueApplication::workingDaysOverdue).containsExactly(
        org.assertj.core.groups.Tuple.tuple(a6, 6), org.assertj.core.groups.Tuple.tuple(a5, 2),
        org.assertj.core.groups.Tuple.tuple(a1, 1));
    assertThat(report.complaints()).filteredOn(c -> c.processInstanceId().equals(complaint)).singleElement()
        .satisfies(c -> assertThat(c.workingDaysLeft()).isEqualTo(2));
  }

  @Test
  void afterTheCloseOfTheDay_whatFellDueTodayIsOverdueByZeroWorkingDays() {
    clockAt("2026-03-20T18:30");
    SlaReport report = sla.report(SlaReport.Scope.all());

    StandardSla row = row(report);
    assertThat(row.dueToday()).isZero();
    assertThat(row.overdue()).isEqualTo(3);
    assertThat(overdueOfStandard(report)).filteredOn(a -> a.applicationId().equals(a1)).singleElement()
        .satisfies(a -> {
          assertThat(a.workingDaysOverdue()).isZero();
          assertThat(a.dueAt()).isEqualTo(at("2026-03-20T18:00"));
          assertThat(a.cockpitPath()).startsWith("#/process-instance/sla-pi-").endsWith("/runtime");
        });
  }

  @Test
  void aStandardsScope_holdsOnlyThatStandard() {
    clockAt("2026-03-20T10:00");
    SlaReport report = sla.report(sla.scopeOfStandard(STANDARD));

    assertThat(report.standards()).extracting(StandardSla::number).containsExactly(STANDARD);
    assertThat(report.total().open()).isEqualTo(7);
    assertThat(report.total().overdue()).isEqualTo(2);
    assertThat(report.overdue().total()).isEqualTo(2);
    assertThat(report.overdue().applications()).extracting(OverdueApplication::standard).containsOnly(STANDARD);
    assertThat(report.complaints()).extracting(SlaReport.Complaint::standard).containsOnly(STANDARD);
  }

  @Test
  void everyCataloguedStandardHasARow_andTheScopesOfProcessDefinitions() {
    clockAt("2026-03-20T10:00");
    SlaReport report = sla.report(SlaReport.Scope.all());
    assertThat(report.standards()).extracting(StandardSla::number).contains(2, STANDARD);
    assertThat(report.standards()).filteredOn(s -> Integer.valueOf(2).equals(s.number())).singleElement()
        .satisfies(s -> assertThat(s.processKey()).isEqualTo("s02-basic-pension-payment-assignment"));

    assertThat(sla.scopeOf("s02-basic-pension-payment-assignment")).isEqualTo(
        new SlaReport.Scope("standard", 2, "s02-basic-pension-payment-assignment"));
    assertThat(sla.scopeOf("complaint-review").kind()).isEqualTo("complaints");
    assertThat(sla.scopeOf("common-intake").kind()).isEqualTo("block");
  }

  @Test
  void median_ofAnEvenCountIsTheMeanOfTheMiddleTwo() {
    java.util.TreeMap<Integer, Long> counts = new java.util.TreeMap<>(Map.of(2, 1L, 4, 1L, 9, 2L));
    assertThat(SlaService.median(counts)).isEqualTo(6.5);
    assertThat(SlaService.median(new java.util.TreeMap<>(Map.of(3, 5L)))).isEqualTo(3.0);
    assertThat(SlaService.median(new java.util.TreeMap<>())).isNull();
  }

  private static StandardSla row(SlaReport report) {
    return report.standards().stream().filter(s -> Integer.valueOf(STANDARD).equals(s.number())).findFirst()
        .orElseThrow();
  }

  private static java.util.List<OverdueApplication> overdueOfStandard(SlaReport report) {
    return report.overdue().applications().stream().filter(a -> a.standard() == STANDARD).toList();
  }
}
