package kz.qyzmet.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.qyzmet.application.ApplicationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SLA figures as set-based queries over {@code qz_application} and {@code qz_breach}: each
 * answers for every standard at once, grouped in the database, with its time boundaries computed
 * beforehand ({@link SlaHorizon}); none runs per application. The indexes they use are in
 * {@code V4__sla.sql}; {@code SlaBenchmark} measures them on 100,000 applications.
 */
@Repository
public class SlaQueries {

  /** The statuses of an application still being served, as an SQL list (constants, never input). */
  static final String OPEN_STATUSES = Arrays.stream(ApplicationStatus.values())
      .filter(s -> !s.isFinal()).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

  /** The end states that are a result of the service: what "submission to result" measures. */
  static final String RESULT_STATUSES = "('" + ApplicationStatus.GRANTED + "', '" + ApplicationStatus.REFUSED
      + "', '" + ApplicationStatus.ANSWERED + "')";

  static final String SERVICE_TERM = "SERVICE_TERM";

  private final NamedParameterJdbcTemplate jdbc;

  public SlaQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Open applications of one standard and channel, by margin left. */
  public record OpenCount(int standard, String channel, long open, Map<Margin, Long> margins) {
    public long count(Margin margin) {
      return margins.getOrDefault(margin, 0L);
    }
  }

  /** Applications whose statutory term ended in the window, and how many of them were breached. */
  public record TermsEnded(int standard, long ended, long breached) {}

  /** Breaches of one standard and kind. */
  public record BreachCount(int standard, String kind, long count) {}

  /** Results given in the window, by local day of submission and of the result. */
  public record Durations(int standard, LocalDate submitted, LocalDate closed, long count) {}

  public record OverdueApplication(String id, int standard, String channel, String status, Instant submittedAt,
      Instant dueAt, Instant originalDueAt, String processInstanceId) {}

  /** A query's text and parameters, apart so that the benchmark can show the database's plan for it. */
  public record Query(String name, String sql, MapSqlParameterSource params) {}

  /** Every query of a report, with the parameters the report would bind (for plans and timings). */
  public List<Query> all(SlaHorizon h, Integer standard, int limit) {
    return List.of(openCountsQuery(h), termsEndedQuery(h), breachesInWindowQuery(h), breachesTotalQuery(),
        durationsQuery(h), overdueQuery(h, standard, limit));
  }

  /** The database's plan for a query ({@code EXPLAIN}, one line per row). */
  public List<String> explain(Query query) {
    return jdbc.query("explain " + query.sql(), query.params(), (rs, n) -> rs.getString(1));
  }

  /**
   * One query: the open applications grouped by standard and channel, each group cut into the
   * margin buckets by comparing {@code due_at} with the horizon's instants.
   */
  public List<OpenCount> openCounts(SlaHorizon h) {
    Query q = openCountsQuery(h);
    return jdbc.query(q.sql(), q.params(), (rs, n) -> {
      Map<Margin, Long> margins = new EnumMap<>(Margin.class);
      margins.put(Margin.OVERDUE, rs.getLong("overdue"));
      margins.put(Margin.TODAY, rs.getLong("m0"));
      margins.put(Margin.ONE, rs.getLong("m1"));
      margins.put(Margin.TWO, rs.getLong("m2"));
      margins.put(Margin.THREE_TO_FIVE, rs.getLong("m5"));
      margins.put(Margin.SIX_TO_TEN, rs.getLong("m10"));
      margins.put(Margin.MORE, rs.getLong("more"));
      margins.put(Margin.NO_DUE_DATE, rs.getLong("no_due"));
      return new OpenCount(rs.getInt("standard_number"), rs.getString("channel"), rs.getLong("open_count"),
          margins);
    });
  }

  Query openCountsQuery(SlaHorizon h) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("now", SlaHorizon.utc(h.now()))
        .addValue("e0", SlaHorizon.utc(h.marginEnd(0)))
        .addValue("e1", SlaHorizon.utc(h.marginEnd(1)))
        .addValue("e2", SlaHorizon.utc(h.marginEnd(2)))
        .addValue("e5", SlaHorizon.utc(h.marginEnd(5)))
        .addValue("e10", SlaHorizon.utc(h.marginEnd(10)));
    return new Query("open counts", """
        select standard_number, channel, count(*) as open_count,
          sum(case when due_at < :now then 1 else 0 end) as overdue,
          sum(case when due_at >= :now and due_at < :e0 then 1 else 0 end) as m0,
          sum(case when due_at >= :e0 and due_at < :e1 then 1 else 0 end) as m1,
          sum(case when due_at >= :e1 and due_at < :e2 then 1 else 0 end) as m2,
          sum(case when due_at >= :e2 and due_at < :e5 then 1 else 0 end) as m5,
          sum(case when due_at >= :e5 and due_at < :e10 then 1 else 0 end) as m10,
          sum(case when due_at >= :e10 then 1 else 0 end) as more,
          sum(case when due_at is null then 1 else 0 end) as no_due
        from qz_application
        where status in %s
        group by standard_number, channel""".formatted(OPEN_STATUSES), p);
  }

  /**
   * Applications whose statutory term ended in {@code [windowStart, now)}, per standard, leaving out
   * those withdrawn before it ended; breached are those with a recorded service-term breach, and
   * those still open (past their term, the deadline timer not having run yet).
   */
  public List<TermsEnded> termsEnded(SlaHorizon h) {
    Query q = termsEndedQuery(h);
    return jdbc.query(q.sql(), q.params(),
        (rs, n) -> new TermsEnded(rs.getInt("standard_number"), rs.getLong("ended"), rs.getLong("breached")));
  }

  Query termsEndedQuery(SlaHorizon h) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("since", SlaHorizon.utc(h.windowStart()))
        .addValue("now", SlaHorizon.utc(h.now()))
        .addValue("kind", SERVICE_TERM);
    return new Query("terms ended", """
        select a.standard_number, count(*) as ended,
          sum(case when a.status in %s
                     or exists (select 1 from qz_breach b where b.application_id = a.id and b.kind = :kind)
                   then 1 else 0 end) as breached
        from qz_application a
        where a.due_at >= :since and a.due_at < :now
          and not (a.status = 'WITHDRAWN' and a.closed_at <= a.due_at)
        group by a.standard_number""".formatted(OPEN_STATUSES), p);
  }

  /** Open, overdue, ended and breached applications of one standard and wording (by its effective day). */
  public record WordingCount(int standard, LocalDate wordingEffectiveFrom, long open, long overdue, long ended,
      long breached) {}

  /**
   * One query: the open and overdue applications and the terms ended and breached in the window
   * (as {@link #termsEnded} counts them), per standard and wording the applications answer to.
   */
  public List<WordingCount> byWording(SlaHorizon h) {
    Query q = byWordingQuery(h);
    return jdbc.query(q.sql(), q.params(), (rs, n) -> new WordingCount(rs.getInt("standard_number"),
        rs.getObject("wording_effective_from", LocalDate.class), rs.getLong("open_count"), rs.getLong("overdue"),
        rs.getLong("ended"), rs.getLong("breached")));
  }

  Query byWordingQuery(SlaHorizon h) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("since", SlaHorizon.utc(h.windowStart()))
        .addValue("now", SlaHorizon.utc(h.now()))
        .addValue("kind", SERVICE_TERM);
    String ended = "a.due_at >= :since and a.due_at < :now and not (a.status = 'WITHDRAWN' and a.closed_at <= a.due_at)";
    return new Query("by wording", """
        select a.standard_number, a.wording_effective_from,
          sum(case when a.status in %1$s then 1 else 0 end) as open_count,
          sum(case when a.status in %1$s and a.due_at < :now then 1 else 0 end) as overdue,
          sum(case when %2$s then 1 else 0 end) as ended,
          sum(case when %2$s and (a.status in %1$s
                     or exists (select 1 from qz_breach b where b.application_id = a.id and b.kind = :kind))
                   then 1 else 0 end) as breached
        from qz_application a
        where a.status in %1$s or (a.due_at >= :since and a.due_at < :now)
        group by a.standard_number, a.wording_effective_from""".formatted(OPEN_STATUSES, ended), p);
  }

  /** Breaches recorded in {@code [windowStart, now)}, per standard and kind. */
  public List<BreachCount> breachesInWindow(SlaHorizon h) {
    Query q = breachesInWindowQuery(h);
    return jdbc.query(q.sql(), q.params(), SlaQueries::breachCount);
  }

  Query breachesInWindowQuery(SlaHorizon h) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("since", SlaHorizon.utc(h.windowStart()))
        .addValue("now", SlaHorizon.utc(h.now()));
    return new Query("breaches in window", """
        select standard_number, kind, count(*) as n
        from qz_breach
        where recorded_at >= :since and recorded_at < :now
        group by standard_number, kind""", p);
  }

  /** Every breach ever recorded, per standard and kind (the metric's counter). */
  public List<BreachCount> breachesTotal() {
    Query q = breachesTotalQuery();
    return jdbc.query(q.sql(), q.params(), SlaQueries::breachCount);
  }

  Query breachesTotalQuery() {
    return new Query("breaches total", """
        select standard_number, kind, count(*) as n
        from qz_breach
        group by standard_number, kind""", new MapSqlParameterSource());
  }

  /**
   * Results (granted, refused, answered) given in {@code [windowStart, now)}, grouped by standard
   * and by the local days of submission and of the result: some thousands of groups at most (2,227
   * for 30 standards in the benchmark), to which the caller applies the working-day calendar. The
   * status is tested inside the count, not in the WHERE clause, so that every database reads the
   * closing-time range of {@code qz_application_sla_closed} rather than all results by status.
   */
  public List<Durations> durations(SlaHorizon h) {
    Query q = durationsQuery(h);
    return jdbc.query(q.sql(), q.params(),
        (rs, n) -> new Durations(rs.getInt("standard_number"), rs.getObject("submitted_day", LocalDate.class),
            rs.getObject("closed_day", LocalDate.class), rs.getLong("n")));
  }

  Query durationsQuery(SlaHorizon h) {
    String zone = sqlZone(h.zone());
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("since", SlaHorizon.utc(h.windowStart()))
        .addValue("now", SlaHorizon.utc(h.now()));
    String submittedDay = "cast(submitted_at at time zone '" + zone + "' as date)";
    String closedDay = "cast(closed_at at time zone '" + zone + "' as date)";
    return new Query("durations", """
        select standard_number, %1$s as submitted_day, %2$s as closed_day,
          sum(case when status in %3$s then 1 else 0 end) as n
        from qz_application
        where closed_at >= :since and closed_at < :now
        group by standard_number, %1$s, %2$s
        having sum(case when status in %3$s then 1 else 0 end) > 0""".formatted(submittedDay, closedDay,
        RESULT_STATUSES), p);
  }

  /**
   * The open applications past their due instant, longest overdue first, at most {@code limit}.
   * The limit is the statement's maximum row count, not a LIMIT clause: with LIMIT, PostgreSQL walks
   * the due-date index from the oldest date hoping to meet 200 open applications soon, but open
   * applications are the recent ones, so it reads nearly the whole table (46 ms on 100,000 rows);
   * planned for all the overdue ones it reads the open statuses' slice of an index and sorts it.
   */
  public List<OverdueApplication> overdue(SlaHorizon h, Integer standard, int limit) {
    Query q = overdueQuery(h, standard, limit);
    JdbcTemplate limited = new JdbcTemplate(Objects.requireNonNull(jdbc.getJdbcTemplate().getDataSource()));
    limited.setMaxRows(limit);
    return new NamedParameterJdbcTemplate(limited).query(q.sql(), q.params(),
        (rs, n) -> new OverdueApplication(rs.getString("id"), rs.getInt("standard_number"), rs.getString("channel"),
            rs.getString("status"), instant(rs, "submitted_at"), instant(rs, "due_at"),
            instant(rs, "original_due_at"), rs.getString("process_instance_id")));
  }

  Query overdueQuery(SlaHorizon h, Integer standard, int limit) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("now", SlaHorizon.utc(h.now()))
        .addValue("standard", standard);
    return new Query("overdue list (first " + limit + " rows read)", """
        select id, standard_number, channel, status, submitted_at, due_at, original_due_at, process_instance_id
        from qz_application
        where status in %s and due_at < :now %s
        order by due_at, id""".formatted(OPEN_STATUSES, standard == null ? "" : "and standard_number = :standard"), p);
  }

  private static BreachCount breachCount(ResultSet rs, int row) throws SQLException {
    return new BreachCount(rs.getInt("standard_number"), rs.getString("kind"), rs.getLong("n"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A zone id is letters, digits, '/', '_', '+' and '-': safe to write into the SQL text. */
  static String sqlZone(ZoneId zone) {
    String id = zone.getId();
    if (!id.matches("[A-Za-z0-9/_+-]+")) {
      throw new IllegalArgumentException("Unexpected zone id: " + id);
    }
    return id;
  }

  static <T> List<List<T>> chunks(List<T> list, int size) {
    List<List<T>> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      result.add(list.subList(i, Math.min(list.size(), i + size)));
    }
    return result;
  }
}
