package kz.qyzmet.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.sla.OpenComplaints.OpenComplaint;
import kz.qyzmet.sla.SlaQueries.BreachCount;
import kz.qyzmet.sla.SlaQueries.Durations;
import kz.qyzmet.sla.SlaQueries.OpenCount;
import kz.qyzmet.sla.SlaQueries.TermsEnded;
import kz.qyzmet.sla.SlaReport.Complaint;
import kz.qyzmet.sla.SlaReport.WordingSla;
import kz.qyzmet.sla.SlaReport.Overdue;
import kz.qyzmet.sla.SlaReport.OverdueApplication;
import kz.qyzmet.sla.SlaReport.Scope;
import kz.qyzmet.sla.SlaReport.StandardSla;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Builds the SLA report (docs/sla.md defines its figures) from five set-based queries and one pair
 * of engine queries, whatever the number of applications; the calendar is applied only to what they
 * return (the distinct pairs of submission and result days, the overdue list, the complaints). The
 * one query layer behind {@code /api/v1/sla} and the Cockpit plugin.
 */
@Service
public class SlaService {

  private final SlaQueries queries;
  private final OpenComplaints complaints;
  private final DeadlineService deadlines;
  private final StandardsCatalog catalog;
  private final int overdueLimit;

  public SlaService(SlaQueries queries, OpenComplaints complaints, DeadlineService deadlines,
      StandardsCatalog catalog, @Value("${qyzmet.sla.overdue-list-limit:200}") int overdueLimit) {
    this.queries = queries;
    this.complaints = complaints;
    this.deadlines = deadlines;
    this.catalog = catalog;
    this.overdueLimit = overdueLimit;
  }

  /** The scope of a process definition's tab: its standard, the complaints, or (a shared block) all. */
  public Scope scopeOf(String processDefinitionKey) {
    Optional<Standard> standard = catalog.byProcessKey(processDefinitionKey);
    if (standard.isPresent()) {
      return new Scope("standard", standard.get().number(), processDefinitionKey);
    }
    if (OpenComplaints.PROCESS_KEY.equals(processDefinitionKey)) {
      return new Scope("complaints", null, processDefinitionKey);
    }
    return new Scope("block", null, processDefinitionKey);
  }

  public Scope scopeOfStandard(int number) {
    return new Scope("standard", number, catalog.byNumber(number).map(Standard::processKey).orElse(null));
  }

  public SlaReport report(Scope scope) {
    return report(scope, false);
  }

  /** @param byWording also split each standard's figures by the wording its applications answer to */
  public SlaReport report(Scope scope, boolean byWording) {
    SlaHorizon h = SlaHorizon.at(deadlines);
    Integer only = scope.standard();

    Map<Integer, Row> rows = new TreeMap<>();
    if (only == null) {
      catalog.all().forEach(s -> rows.put(s.number(), new Row(s.number())));
    } else {
      rows.put(only, new Row(only));
    }
    Row total = new Row(null);

    for (OpenCount c : queries.openCounts(h)) {
      for (Row r : rowsFor(rows, total, only, c.standard())) {
        r.open += c.open();
        for (Margin m : Margin.values()) {
          r.margins.merge(m, c.count(m), Long::sum);
        }
      }
    }
    for (TermsEnded t : queries.termsEnded(h)) {
      for (Row r : rowsFor(rows, total, only, t.standard())) {
        r.termsEnded += t.ended();
        r.termsBreached += t.breached();
      }
    }
    for (BreachCount b : queries.breachesInWindow(h)) {
      for (Row r : rowsFor(rows, total, only, b.standard())) {
        r.breaches.merge(b.kind(), b.count(), Long::sum);
      }
    }
    Map<DayPair, Integer> workingDays = new HashMap<>();
    for (Durations d : queries.durations(h)) {
      int days = workingDays.computeIfAbsent(new DayPair(d.submitted(), d.closed()),
          p -> p.closed().isAfter(p.submitted()) ? deadlines.workingDaysBetween(p.submitted(), p.closed()) : 0);
      for (Row r : rowsFor(rows, total, only, d.standard())) {
        r.durations.merge(days, d.count(), Long::sum);
      }
    }
    if (byWording) {
      List<SlaQueries.WordingCount> counts = queries.byWording(h);
      for (Row r : rows.values()) {
        r.wordings = wordings(r.number, counts);
      }
    }
    List<Complaint> complaintList = new ArrayList<>();
    for (OpenComplaint c : complaints.list()) {
      if (only != null && !only.equals(c.standard())) {
        continue;
      }
      List<Row> targets = c.standard() == null ? List.of(total) : rowsFor(rows, total, only, c.standard());
      for (Row r : targets) {
        r.openComplaints++;
        if (c.dueAt() != null && (r.nextComplaintDue == null || c.dueAt().isBefore(r.nextComplaintDue))) {
          r.nextComplaintDue = c.dueAt();
        }
      }
      complaintList.add(complaint(h, c));
    }

    List<OverdueApplication> overdueList = queries.overdue(h, only, overdueLimit).stream()
        .map(a -> new OverdueApplication(a.id(), a.standard(), code(a.standard()), a.channel(), a.status(),
            h.local(a.submittedAt()), h.local(a.dueAt()), h.local(a.originalDueAt()),
            workingDaysAfter(h.zone(), a.dueAt(), h.today()), a.processInstanceId(),
            a.processInstanceId() == null ? null : "#/process-instance/" + a.processInstanceId() + "/runtime"))
        .toList();

    return new SlaReport(h.nowAtZone(), h.today(), h.dueSoonLastDay(), h.local(h.windowStart()),
        (int) SlaHorizon.WINDOW.toDays(), scope,
        rows.values().stream().map(r -> r.toSla(h)).toList(), total.toSla(h),
        new Overdue(total.margins.getOrDefault(Margin.OVERDUE, 0L), overdueLimit, overdueList), complaintList);
  }

  private Complaint complaint(SlaHorizon h, OpenComplaint c) {
    boolean overdue = c.dueAt() != null && c.dueAt().isBefore(h.now());
    Integer left = null;
    if (c.dueAt() != null && !overdue) {
      LocalDate dueDay = c.dueAt().atZone(h.zone()).toLocalDate();
      left = dueDay.isAfter(h.today()) ? deadlines.workingDaysBetween(h.today(), dueDay) : 0;
    }
    return new Complaint(c.complaintId(), c.processInstanceId(), c.standard(), c.applicationId(), c.level(),
        h.local(c.dueAt()), overdue, left, "#/process-instance/" + c.processInstanceId() + "/runtime");
  }

  private int workingDaysAfter(ZoneId zone, Instant due, LocalDate today) {
    LocalDate dueDay = due.atZone(zone).toLocalDate();
    return today.isAfter(dueDay) ? deadlines.workingDaysBetween(dueDay, today) : 0;
  }

  /** Every wording of a standard in the catalog (with zeros where none answer to it), and any other recorded. */
  private List<WordingSla> wordings(int number, List<SlaQueries.WordingCount> counts) {
    Map<LocalDate, SlaQueries.WordingCount> byDay = new TreeMap<>();
    SlaQueries.WordingCount unrecorded = null;
    for (SlaQueries.WordingCount c : counts) {
      if (c.standard() != number) {
        continue;
      }
      if (c.wordingEffectiveFrom() == null) {
        unrecorded = c;
      } else {
        byDay.put(c.wordingEffectiveFrom(), c);
      }
    }
    Map<LocalDate, WordingSla> result = new TreeMap<>();
    if (catalog.byNumber(number).isPresent()) {
      for (Wording w : catalog.wordings(number)) {
        result.put(w.effectiveFrom(), wordingSla(w.id(), w.effectiveFrom(), w.act().number(), w.act().date(),
            byDay.get(w.effectiveFrom())));
      }
    }
    byDay.forEach((day, c) -> result.computeIfAbsent(day, d -> wordingSla(code(number) + "@" + d, d, null, null, c)));
    List<WordingSla> list = new ArrayList<>(result.values());
    if (unrecorded != null) {
      // Rows written outside a process start (an API start not yet run, data loaded by hand): no wording recorded.
      list.add(wordingSla(null, null, null, null, unrecorded));
    }
    return List.copyOf(list);
  }

  private static WordingSla wordingSla(String id, LocalDate from, String act, LocalDate actDate,
      SlaQueries.WordingCount c) {
    long ended = c == null ? 0 : c.ended();
    long breached = c == null ? 0 : c.breached();
    return new WordingSla(id, from, act, actDate, c == null ? 0 : c.open(), c == null ? 0 : c.overdue(), ended,
        breached, ended == 0 ? null : round((double) breached / ended));
  }

  /** The rows a group of figures adds to: its standard's (made when it has none yet) and the total. */
  private List<Row> rowsFor(Map<Integer, Row> rows, Row total, Integer only, int standard) {
    if (only != null && only != standard) {
      return List.of();
    }
    return List.of(rows.computeIfAbsent(standard, Row::new), total);
  }

  private String code(int standard) {
    return catalog.byNumber(standard).map(Standard::code).orElse(null);
  }

  private record DayPair(LocalDate submitted, LocalDate closed) {}

  /** The figures of one standard (or of all, with no number) while the report is put together. */
  private final class Row {
    final Integer number;
    long open;
    final Map<Margin, Long> margins = new LinkedHashMap<>();
    final Map<String, Long> breaches = new TreeMap<>();
    long termsEnded;
    long termsBreached;
    final TreeMap<Integer, Long> durations = new TreeMap<>();
    long openComplaints;
    List<WordingSla> wordings;
    Instant nextComplaintDue;

    Row(Integer number) {
      this.number = number;
      for (Margin m : Margin.values()) {
        margins.put(m, 0L);
      }
    }

    StandardSla toSla(SlaHorizon h) {
      Optional<Standard> s = number == null ? Optional.empty() : catalog.byNumber(number);
      Map<String, Long> margin = new LinkedHashMap<>();
      margins.forEach((m, n) -> margin.put(m.label(), n));
      long dueToday = margins.get(Margin.TODAY);
      long results = durations.values().stream().mapToLong(Long::longValue).sum();
      return new StandardSla(number, s.map(Standard::code).orElse(null), s.map(Standard::nameKk).orElse(null),
          s.map(Standard::nameRu).orElse(null), s.map(Standard::nameEn).orElse(null), s.map(Standard::processKey).orElse(null),
          open, dueToday, dueToday + margins.get(Margin.ONE) + margins.get(Margin.TWO), margins.get(Margin.OVERDUE),
          margin, breaches.values().stream().mapToLong(Long::longValue).sum(), Map.copyOf(breaches),
          termsEnded, termsBreached, termsEnded == 0 ? null : round((double) termsBreached / termsEnded),
          results, median(durations), openComplaints, h.local(nextComplaintDue), wordings);
    }
  }

  /** The median of a distribution given as value -> count; the mean of the two middle values for an even count. */
  static Double median(TreeMap<Integer, Long> counts) {
    long n = counts.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return null;
    }
    long lower = (n + 1) / 2;
    long upper = n / 2 + 1;
    Integer lowerValue = null;
    Integer upperValue = null;
    long seen = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (lowerValue == null && seen >= lower) {
        lowerValue = e.getKey();
      }
      if (seen >= upper) {
        upperValue = e.getKey();
        break;
      }
    }
    return n % 2 == 1 ? lowerValue.doubleValue() : (lowerValue + upperValue) / 2.0;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
