package kz.qyzmet.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import kz.qyzmet.HttpClientForTests;
import kz.qyzmet.QyzmetApplication;
import kz.qyzmet.api.applications.ApplicationSearch;
import kz.qyzmet.security.Roles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How fast {@code GET /api/v1/applications} finds applications among 100,000: seeds them into
 * qz_application (plain JDBC batches: three years of submissions over the 30 standards, the
 * statuses, channels and submitters of a real year, 60,000 applicants of whom some applied several
 * times, about 9% breached), then times the typical searches through the real HTTP endpoint (Basic
 * authentication, JSON and all) and prints each one's plan ({@code EXPLAIN ANALYZE}) to show which
 * index it reads. Prints figures and asserts nothing; the seeded rows are removed at the end.
 *
 * <p>Run it against an empty PostgreSQL database of its own (docs/performance.md, "Finding
 * applications"):
 *
 * <pre>
 * . .ci/postgres.sh &amp;&amp; start_local_postgres qyzmet_search
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) \
 *   -Dbenchmark.postgres.url=jdbc:postgresql://localhost:5432/qyzmet_search kz.qyzmet.benchmark.ApplicationSearchBenchmark
 * </pre>
 *
 * With {@code -Dbenchmark.database=h2} it runs on the tests' in-memory H2 instead.
 */
public final class ApplicationSearchBenchmark {

  static final int APPLICATIONS = Integer.getInteger("benchmark.applications", 100_000);
  static final int APPLICANTS = APPLICATIONS * 3 / 5;
  static final int ROUNDS = Integer.getInteger("benchmark.rounds", 25);
  static final int WARM_UP = 5;
  static final String PREFIX = "BENCH-SEARCH-";
  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final String WORKER = "psc.operator";
  static final String PORTAL = "integration.client";
  static final String PASSWORD = "demo";
  static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final ApplicationSearch search;
  private final HttpClientForTests http;
  private final Random random = new Random(217);
  private final List<String> iins = new ArrayList<>();
  private final List<String> portalIins = new ArrayList<>();
  private final List<String> externalIds = new ArrayList<>();
  private final Instant now = Instant.now();

  ApplicationSearchBenchmark(JdbcTemplate jdbc, ApplicationSearch search, int port) {
    this.jdbc = jdbc;
    this.search = search;
    this.http = new HttpClientForTests(port);
  }

  public static void main(String[] args) {
    boolean postgres = !System.getProperty("benchmark.database", "postgres").equals("h2");
    List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
        "--logging.threshold.console=WARN"));
    if (postgres) {
      arguments.add("--spring.datasource.url="
          + System.getProperty("benchmark.postgres.url", "jdbc:postgresql://localhost:5432/qyzmet_search"));
      arguments.add("--spring.datasource.username=" + System.getProperty("benchmark.postgres.user", "qyzmet"));
      arguments.add("--spring.datasource.password=" + System.getProperty("benchmark.postgres.password", "qyzmet"));
    }
    arguments.addAll(List.of(args));
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QyzmetApplication.class)
        .profiles(postgres ? new String[] {"postgres", "demo"} : new String[] {"demo", "test"})
        .run(arguments.toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      new ApplicationSearchBenchmark(context.getBean(JdbcTemplate.class), context.getBean(ApplicationSearch.class),
          port).run();
    }
  }

  void run() {
    clear();
    try {
      long start = System.nanoTime();
      int breaches = seed();
      out("Seeded %,d applications of %,d applicants and %,d breaches in %.1f s", APPLICATIONS, APPLICANTS, breaches,
          (System.nanoTime() - start) / 1e9);
      boolean h2 = database().startsWith("H2");
      jdbc.execute(h2 ? "analyze" : "vacuum analyze");
      out("Database: %s; rows in qz_application: %,d, in qz_breach: %,d", database(), count("qz_application"),
          count("qz_breach"));
      if (h2) {
        jdbc.execute("set optimize_reuse_results 0");
      }
      measure();
    } finally {
      clear();
    }
  }

  /** A search: its name, who asks, and its query for round {@code i} (the values change from round to round). */
  record Search(String name, String user, IntFunction<String> query) {}

  private void measure() {
    List<Search> searches = List.of(
        new Search("by IIN (worker)", WORKER, i -> "applicantIin=" + iins.get(i * 7919 % iins.size())),
        new Search("by IIN (integration client, own)", PORTAL,
            i -> "applicantIin=" + portalIins.get(i * 7919 % portalIins.size())),
        new Search("by externalId (worker)", WORKER,
            i -> "externalId=" + externalIds.get(i * 104_729 % externalIds.size())),
        new Search("one standard, newest, page 1", WORKER, i -> "standard=" + (1 + i % 30)),
        new Search("status+standard, page 1", WORKER, i -> "status=IN_REVIEW&standard=" + (1 + i % 30)),
        new Search("3 statuses+standard+channel, page 1", WORKER,
            i -> "status=REGISTERED,IN_REVIEW,AWAITING_DOCUMENTS&standard=" + (1 + i % 30) + "&channel=psc"),
        new Search("due in a week, sorted by due", WORKER, i -> {
          LocalDate from = LocalDate.ofInstant(now, ALMATY).minusDays(700 - 20L * (i % 30));
          return "dueFrom=" + from + "&dueTo=" + from.plusDays(6) + "&sort=dueAt,asc&size=50";
        }),
        new Search("breached only, page 1", WORKER, i -> "breached=true&size=" + (20 + i % 2)),
        new Search("breached, one standard, page 1", WORKER, i -> "breached=true&standard=" + (1 + i % 30)),
        new Search("submitted in a month", WORKER, i -> {
          LocalDate from = LocalDate.ofInstant(now, ALMATY).minusDays(1000 - 30L * (i % 30));
          return "submittedFrom=" + from + "&submittedTo=" + from.plusMonths(1).minusDays(1);
        }),
        new Search("newest, no filter, page 1", WORKER, i -> "size=" + (20 + i % 2)),
        new Search("deep page (page 99 of 100)", WORKER, i -> "page=" + (99 - i % 2) + "&size=100"),
        new Search("integration client's own, page 1", PORTAL, i -> "size=" + (20 + i % 2)),
        new Search("integration client's own, deep page", PORTAL, i -> "page=" + (99 - i % 2) + "&size=100"),
        new Search("process owner: standard, due sorted", "process.owner",
            i -> "standard=" + (1 + i % 30) + "&sort=dueAt,desc"));

    out("");
    out("Plans (EXPLAIN ANALYZE of the endpoint's own statement, first round's parameters):");
    for (Search s : searches) {
      out("-- %s: GET /api/v1/applications?%s as %s", s.name(), s.query().apply(0), s.user());
      for (String line : explain(s)) {
        Arrays.stream(line.split("\n")).forEach(l -> out("   %s", l));
      }
    }
    out("");
    out("%-40s %9s %9s %9s %9s %6s", "over HTTP, " + ROUNDS + " rounds (ms)", "median", "p90", "min", "max", "items");
    for (Search s : searches) {
      time(s.name(), s.user(), i -> "/api/v1/applications?" + s.query().apply(i), 200);
    }
  }

  private List<String> explain(Search s) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    for (String pair : s.query().apply(0).split("&")) {
      String[] kv = pair.split("=", 2);
      parameters.put(kv[0], new String[] {kv[1]});
    }
    String group = s.user().equals(PORTAL) ? Roles.INTEGRATION_CLIENTS : s.user().equals(WORKER)
        ? Roles.PSC_OPERATORS : Roles.PROCESS_OWNERS;
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(s.user(),
        null, List.of(new SimpleGrantedAuthority(Roles.authority(group)))));
    try {
      return search.explain(s.user(), parameters);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** Times {@code path} over HTTP, its values changing from round to round: median, p90, min, max, items. */
  private void time(String name, String user, IntFunction<String> path, int status) {
    double[] millis = new double[ROUNDS];
    int items = 0;
    for (int i = -WARM_UP; i < ROUNDS; i++) {
      String uri = path.apply(i + WARM_UP);
      long start = System.nanoTime();
      HttpResponse<String> response = http.get(uri, user, PASSWORD);
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != status) {
        throw new IllegalStateException(name + ": " + response.statusCode() + " " + response.body());
      }
      if (i >= 0) {
        millis[i] = elapsed;
        items += status == 200 ? read(response.body()).get("items").size() : 0;
      }
    }
    Arrays.sort(millis);
    out("%-40s %9.2f %9.2f %9.2f %9.2f %6.1f", name, millis[ROUNDS / 2], millis[(int) (ROUNDS * 0.9)], millis[0],
        millis[ROUNDS - 1], items / (double) ROUNDS);
  }

  /** Three years of applications; returns the breaches written. */
  private int seed() {
    Iins generator = new Iins();
    List<String> applicants = new ArrayList<>(APPLICANTS);
    for (int i = 0; i < APPLICANTS; i++) {
      applicants.add(generator.next());
    }
    String[] channels = {"psc", "psc", "psc", "psc", "portal", "portal", "portal", "ztmo", "ztmo", "provider"};
    String[] openStatuses = {"REGISTERED", "IN_REVIEW", "IN_REVIEW", "AWAITING_DOCUMENTS", "RESULT_READY"};
    String[] names = {"Сапарова Айгүл Маратқызы", "Нұрланов Ерлан Серікұлы", "Иванова Мария Петровна",
        "Жақсыбеков Асхат Бауыржанұлы", "Ким Ольга Викторовна"};
    long first = now.minusSeconds(3L * 365 * 24 * 3600).toEpochMilli();
    long span = now.toEpochMilli() - first;
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> breaches = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      String id = PREFIX + String.format("%06d", i);
      int standard = 1 + random.nextInt(30);
      String channel = channels[random.nextInt(channels.length)];
      // Most applicants once, some several times: the first 60% of the rows take each applicant once.
      String iin = i < APPLICANTS ? applicants.get(i) : applicants.get(random.nextInt(APPLICANTS));
      // The portal's and a PSC system's submissions come through the API as integration clients.
      String by = channel.equals("portal") || random.nextDouble() < 0.3 ? PORTAL : WORKER;
      String externalId = by.equals(PORTAL) ? "egov-bench-" + i : null;
      Instant submitted = Instant.ofEpochMilli(first + (long) (random.nextDouble() * span));
      int termDays = 5 + random.nextInt(26);
      Instant due = LocalDate.ofInstant(submitted, ALMATY).plusDays(termDays * 7L / 5).atTime(18, 0)
          .atZone(ALMATY).toInstant();
      Instant closed = null;
      String status;
      double kind = random.nextDouble();
      if (kind < 0.02) {
        status = "REFUSED_TO_ACCEPT";
        due = null;
        closed = submitted.plusSeconds(1800);
      } else {
        double share = random.nextDouble() < 0.9 ? 0.2 + 0.8 * random.nextDouble() : 1.02 + 0.5 * random.nextDouble();
        Instant result = submitted.plusMillis((long) ((due.toEpochMilli() - submitted.toEpochMilli()) * share));
        if (result.isBefore(now)) {
          closed = result;
          double r = random.nextDouble();
          status = r < 0.80 ? "GRANTED" : r < 0.92 ? "REFUSED" : r < 0.97 ? "WITHDRAWN" : "ANSWERED";
        } else {
          status = openStatuses[random.nextInt(openStatuses.length)];
        }
        if (due.isBefore(closed == null ? now : closed) && !"WITHDRAWN".equals(status)) {
          breaches.add(new Object[] {id, "bench-pi-" + i, standard, "SERVICE_TERM", ts(due), ts(due)});
        }
      }
      if (iins.size() < 5_000 && random.nextInt(10) == 0) {
        iins.add(iin);
        if (by.equals(PORTAL)) {
          portalIins.add(iin);
        }
      }
      if (externalId != null && externalIds.size() < 5_000 && random.nextInt(10) == 0) {
        externalIds.add(externalId);
      }
      rows.add(new Object[] {id, standard, String.format("s%02d-bench", standard), channel, status, iin,
          names[random.nextInt(names.length)], ts(submitted), ts(due), ts(due), ts(closed), "bench-pi-" + i,
          externalId, ts(submitted), by});
      if (rows.size() == 2_000) {
        insert(rows);
      }
    }
    insert(rows);
    for (int i = 0; i < breaches.size(); i += 2_000) {
      jdbc.batchUpdate("""
          insert into qz_breach (application_id, process_instance_id, standard_number, kind, due_at, recorded_at)
          values (?, ?, ?, ?, ?, ?)""", breaches.subList(i, Math.min(breaches.size(), i + 2_000)));
    }
    return breaches.size();
  }

  private void insert(List<Object[]> rows) {
    jdbc.batchUpdate("""
        insert into qz_application (id, standard_number, process_key, channel, status, applicant_iin, applicant_name,
          submitted_at, due_at, original_due_at, closed_at, process_instance_id, external_id, created_at, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    rows.clear();
  }

  private void clear() {
    jdbc.update("delete from qz_breach where application_id like ?", PREFIX + "%");
    jdbc.update("delete from qz_application where id like ?", PREFIX + "%");
  }

  private long count(String table) {
    Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
    return n == null ? 0 : n;
  }

  private String database() {
    return jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()
        + " " + connection.getMetaData().getDatabaseProductVersion());
  }

  private static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
