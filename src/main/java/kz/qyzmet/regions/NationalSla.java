package kz.qyzmet.regions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.regions.NationalSlaReport.RegionSla;
import kz.qyzmet.sla.SlaReport;
import kz.qyzmet.sla.SlaReport.StandardSla;
import kz.qyzmet.sla.SlaService;
import org.springframework.stereotype.Service;

/** Asks every region's deployment for its SLA report at once, and adds them up. */
@Service
public class NationalSla {

  private final RegionProperties regions;
  private final RegionClient client;
  private final SlaService sla;
  private final ObjectMapper json;
  private final DeadlineService deadlines;

  public NationalSla(RegionProperties regions, RegionClient client, SlaService sla, ObjectMapper json,
      DeadlineService deadlines) {
    this.regions = regions;
    this.client = client;
    this.sla = sla;
    this.json = json;
    this.deadlines = deadlines;
  }

  public NationalSlaReport report(String authorization) {
    Map<String, CompletableFuture<HttpResponse<String>>> asked = new LinkedHashMap<>();
    regions.deployments().forEach((code, base) -> asked.put(code, ask(base, authorization)));
    List<RegionSla> rows = new ArrayList<>();
    List<StandardSla> standards = new ArrayList<>();
    SlaReport own = sla.report(SlaReport.Scope.all());
    Region ownRegion = regions.ownRegion().orElse(null);
    rows.add(new RegionSla(ownRegion == null ? null : ownRegion.code(), ownRegion == null ? null : ownRegion.nameKk(),
        ownRegion == null ? null : ownRegion.nameRu(), true, null, own.asOf(), own.total()));
    standards.addAll(own.standards());
    List<String> unanswered = new ArrayList<>();
    asked.forEach((code, answer) -> {
      Region region = Region.ofCode(code).orElseThrow();
      String problem;
      try {
        HttpResponse<String> response = answer.join();
        if (response.statusCode() == 200) {
          SlaReport report = json.readValue(response.body(), SlaReport.class);
          rows.add(new RegionSla(code, region.nameKk(), region.nameRu(), true, null, report.asOf(), report.total()));
          standards.addAll(report.standards());
          return;
        }
        problem = "answered " + response.statusCode();
      } catch (RuntimeException | java.io.IOException failure) {
        problem = "no report: " + RegionClient.reason(failure);
      }
      unanswered.add(code);
      rows.add(new RegionSla(code, region.nameKk(), region.nameRu(), false, problem, null, null));
    });
    // Standards in their order (numbered ones by number), each summed over the regions.
    Map<String, StandardSla> byStandard = new TreeMap<>();
    for (StandardSla s : standards) {
      String key = s.number() == null ? "~" + s.processKey() : String.format("%03d", s.number());
      byStandard.merge(key, summable(s), NationalSla::sum);
    }
    StandardSla total = rows.stream().filter(RegionSla::answered).map(RegionSla::total).map(NationalSla::summable)
        .reduce(NationalSla::sum).orElse(null);
    return new NationalSlaReport(OffsetDateTime.now(deadlines.zone()), rows, unanswered,
        List.copyOf(byStandard.values()), total);
  }

  private CompletableFuture<HttpResponse<String>> ask(URI base, String authorization) {
    try {
      return client.get(base, "/api/v1/sla", authorization);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** A row as the sums hold it, also when only one region gives it: without its median and wordings. */
  static StandardSla summable(StandardSla s) {
    return new StandardSla(s.number(), s.code(), s.nameKk(), s.nameRu(), s.nameEn(), s.processKey(), s.open(),
        s.dueToday(), s.dueWithinTwoWorkingDays(), s.overdue(), s.margin(), s.breaches30Days(),
        s.breachesByKind30Days(), s.termsEnded30Days(), s.termsBreached30Days(), s.breachRate30Days(),
        s.results30Days(), null, s.openComplaints(), s.nextComplaintDue(), null);
  }

  /** Two rows' figures added: counts summed, the rate from the summed terms, no median. */
  static StandardSla sum(StandardSla a, StandardSla b) {
    long ended = a.termsEnded30Days() + b.termsEnded30Days();
    long breached = a.termsBreached30Days() + b.termsBreached30Days();
    OffsetDateTime nextComplaint = a.nextComplaintDue() == null ? b.nextComplaintDue()
        : b.nextComplaintDue() == null || a.nextComplaintDue().isBefore(b.nextComplaintDue()) ? a.nextComplaintDue()
        : b.nextComplaintDue();
    return new StandardSla(a.number(), a.code(), a.nameKk(), a.nameRu(), a.nameEn(), a.processKey(),
        a.open() + b.open(), a.dueToday() + b.dueToday(),
        a.dueWithinTwoWorkingDays() + b.dueWithinTwoWorkingDays(), a.overdue() + b.overdue(),
        merge(a.margin(), b.margin()), a.breaches30Days() + b.breaches30Days(),
        merge(a.breachesByKind30Days(), b.breachesByKind30Days()), ended, breached,
        ended == 0 ? null : (double) breached / ended, a.results30Days() + b.results30Days(), null,
        a.openComplaints() + b.openComplaints(), nextComplaint, null);
  }

  private static Map<String, Long> merge(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> sum = new LinkedHashMap<>();
    if (a != null) {
      a.forEach((key, value) -> sum.merge(key, value, Long::sum));
    }
    if (b != null) {
      b.forEach((key, value) -> sum.merge(key, value, Long::sum));
    }
    return sum;
  }
}
