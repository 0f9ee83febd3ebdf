package kz.qyzmet.api.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.Violations;
import kz.qyzmet.api.applications.ApplicationView.Applicant;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.intake.IinNumber;
import kz.qyzmet.regions.Region;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/applications}: the query parameters checked (every fault named, unknown
 * parameters too), the caller's scope applied, one page read from {@code qz_application}.
 *
 * <p>Who finds what (docs/api.md, "Finding applications"): those with {@link Right#SEARCH_ALL} find
 * every application; the others (integration clients) only those they submitted. Filtering by the
 * applicant's IIN needs the applicant whole: {@link Right#READ_APPLICANT}, or a search limited to
 * one's own applications; a process owner asking for it is refused (403), not corrected (400).
 *
 * <p>Offset paging without a total: one row more than the page says whether there is a next one,
 * and no count runs over a broad filter. The offset is capped ({@link #MAX_ROWS}), because the
 * rows before it are read and dropped; deeper than that, narrow the dates.
 */
@Component
public class ApplicationSearch {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  /** How far paging reaches: page × size + size. */
  public static final int MAX_ROWS = 10_000;
  public static final String DEFAULT_SORT = "submittedAt,desc";

  static final String APPLICANT_IIN = "applicantIin";
  static final String STATUS = "status";
  static final String STANDARD = "standard";
  static final String CHANNEL = "channel";
  static final String SUBMITTED_FROM = "submittedFrom";
  static final String SUBMITTED_TO = "submittedTo";
  static final String DUE_FROM = "dueFrom";
  static final String DUE_TO = "dueTo";
  static final String BREACHED = "breached";
  static final String EXTERNAL_ID = "externalId";
  public static final String PAGE = "page";
  public static final String SIZE = "size";
  static final String SORT = "sort";
  /**
   * Where regions are set up, the one region to ask (kz.qyzmet.regions.RegionalSearch); checked, and
   * otherwise unused, where not.
   */
  public static final String REGION = "region";

  static final Set<String> PARAMETERS = Set.of(APPLICANT_IIN, STATUS, STANDARD, CHANNEL, SUBMITTED_FROM, SUBMITTED_TO,
      DUE_FROM, DUE_TO, BREACHED, EXTERNAL_ID, PAGE, SIZE, SORT, REGION);
  private static final Pattern EXTERNAL_ID_TEXT = Pattern.compile("[\\x21-\\x7E]{1,128}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
  /** The sortable fields and their columns. */
  private static final Map<String, String> SORT_COLUMNS = Map.of("submittedAt", "submitted_at", "dueAt", "due_at");

  private final JdbcTemplate jdbc;
  private final StandardsCatalog catalog;
  private final ApiRights rights;
  private final ApiTime time;

  public ApplicationSearch(JdbcTemplate jdbc, StandardsCatalog catalog, ApiRights rights, ApiTime time) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.rights = rights;
    this.time = time;
  }

  /** One page of what the caller asked for and may see. */
  public ApplicationPage search(String user, Map<String, String[]> parameters) {
    return page(user, statement(user, parameters, null));
  }

  /**
   * The parameters checked as {@link #search} checks them (a fault is the same 400 or 403), nothing read:
   * what the search asks for, for a search across regions to ask each region.
   */
  public Paging check(String user, Map<String, String[]> parameters) {
    Statement statement = statement(user, parameters, null);
    return new Paging(statement.page(), statement.size(), statement.sort(), statement.region());
  }

  /**
   * The first {@code rows} matches here (at most {@link #MAX_ROWS}), as one page of that size, its
   * {@code hasNext} saying whether more match: this deployment's part of a search across regions,
   * read at once where another region is asked a page of at most {@link #MAX_SIZE} at a time.
   */
  public ApplicationPage first(String user, Map<String, String[]> parameters, int rows) {
    return page(user, statement(user, parameters, Math.min(rows, MAX_ROWS)));
  }

  private ApplicationPage page(String user, Statement statement) {
    List<ApplicationSummary> rows = jdbc.query(statement.sql(), (rs, n) -> summary(rs, user, statement.applicantWhole()),
        statement.arguments().toArray());
    int size = statement.size();
    boolean hasNext = rows.size() > size;
    return new ApplicationPage(hasNext ? rows.subList(0, size) : rows, statement.page(), size, statement.sort(),
        hasNext);
  }

  /**
   * The database's plan for the search the caller's parameters make ({@code EXPLAIN ANALYZE}, one
   * line per row): docs/performance.md shows them on 100,000 applications.
   */
  public List<String> explain(String user, Map<String, String[]> parameters) {
    Statement statement = statement(user, parameters, null);
    return jdbc.query("explain analyze " + statement.sql(), (rs, n) -> rs.getString(1),
        statement.arguments().toArray());
  }

  /** The query for a page, with one row more than the page to tell whether another follows. */
  private record Statement(String sql, List<Object> arguments, int page, int size, String sort,
      boolean applicantWhole, Region region) {}

  /**
   * What a search asks for, checked: the page, its size, the sort as applied and the one region named (or
   * none).
   */
  public record Paging(int page, int size, String sort, Region region) {

    /** The matches up to the end of the page: each region's first ones of these make up the page. */
    public int rows() {
      return (page + 1) * size;
    }
  }

  /** {@code rows}: the first rows instead of the parameters' page (page 0 of that size). */
  private Statement statement(String user, Map<String, String[]> parameters, Integer rows) {
    boolean searchAll = rights.has(Right.SEARCH_ALL);
    boolean applicantWhole = rights.has(Right.READ_APPLICANT);
    // The right first: a refusal says nothing about whether the IIN is one.
    if (parameters.containsKey(APPLICANT_IIN) && searchAll && !applicantWhole) {
      throw new ApiException(HttpStatus.FORBIDDEN, APPLICANT_IIN, "forbidden", "User " + user
          + " sees applicants masked and may not search by IIN: it needs membership in one of "
          + String.join(", ", Right.READ_APPLICANT.groups()));
    }
    Violations violations = new Violations();
    for (String name : new TreeSet<>(parameters.keySet())) {
      if (!PARAMETERS.contains(name)) {
        violations.add(name, "unknown", "Unknown parameter " + ApplicationViews.abbreviate(name) + "; known are "
            + String.join(", ", new TreeSet<>(PARAMETERS)));
      }
    }
    Query query = new Query(parameters, violations);
    String iin = query.single(APPLICANT_IIN);

    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> arguments = new ArrayList<>();
    if (!searchAll) {
      where.append(" and a.created_by = ?");
      arguments.add(user);
    }
    if (iin != null) {
      Optional<IinNumber.Fault> fault = IinNumber.check(iin, time.day(time.now()));
      if (fault.isPresent()) {
        violations.add(APPLICANT_IIN, fault.get().reason(), APPLICANT_IIN + " " + fault.get().message());
      }
      where.append(" and a.applicant_iin = ?");
      arguments.add(iin);
    }
    List<String> statuses = statuses(query, violations);
    if (!statuses.isEmpty()) {
      where.append(" and a.status in (").append(String.join(", ", statuses.stream().map(s -> "?").toList()))
          .append(')');
      arguments.addAll(statuses);
    }
    String standard = query.single(STANDARD);
    if (standard != null) {
      if (!WHOLE_NUMBER.matcher(standard).matches()) {
        violations.add(STANDARD, "format", STANDARD + " must be a standard's number, 1 to 30");
      } else if (catalog.byNumber(Integer.parseInt(standard)).isEmpty()) {
        violations.add(STANDARD, "unknown", "No standard " + standard + " is in the catalog");
      }
      where.append(" and a.standard_number = ?");
      arguments.add(WHOLE_NUMBER.matcher(standard).matches() ? Integer.parseInt(standard) : 0);
    }
    String channel = query.single(CHANNEL);
    if (channel != null) {
      // Every channel of every wording: an application keeps the channel of the wording it was submitted under.
      Set<String> channels = new TreeSet<>(catalog.all().stream()
          .flatMap(s -> catalog.wordings(s.number()).stream()).flatMap(w -> w.standard().channels().stream())
          .map(Channel::id).toList());
      if (!channels.contains(channel)) {
        violations.add(CHANNEL, "unknown", CHANNEL + " must be one of " + String.join(", ", channels)
            + ", not " + ApplicationViews.abbreviate(channel));
      }
      where.append(" and a.channel = ?");
      arguments.add(channel);
    }
    dayRange(query, violations, SUBMITTED_FROM, SUBMITTED_TO, "a.submitted_at", where, arguments);
    dayRange(query, violations, DUE_FROM, DUE_TO, "a.due_at", where, arguments);
    String breached = query.single(BREACHED);
    if (breached != null) {
      if (!breached.equals("true") && !breached.equals("false")) {
        violations.add(BREACHED, "format", BREACHED + " must be true or false");
      }
      where.append(breached.equals("true") ? " and exists" : " and not exists")
          .append(" (select 1 from qz_breach b where b.application_id = a.id)");
    }
    String externalId = query.single(EXTERNAL_ID);
    if (externalId != null) {
      violations.matches(EXTERNAL_ID, externalId, EXTERNAL_ID_TEXT, "1 to 128 printable ASCII characters, no spaces");
      where.append(" and a.external_id = ?");
      arguments.add(externalId);
    }
    String regionCode = query.single(REGION);
    Region region = regionCode == null ? null : Region.ofCode(regionCode).orElse(null);
    if (regionCode != null && region == null) {
      violations.add(REGION, "unknown", REGION + " must be the KATO code of a region of Kazakhstan (two digits, e.g. "
          + "75 for Almaty, 71 for Astana), not " + ApplicationViews.abbreviate(regionCode));
    }
    int page = number(query, violations, PAGE, 0, 0, MAX_ROWS);
    int size = number(query, violations, SIZE, DEFAULT_SIZE, 1, MAX_SIZE);
    String sortValue = query.single(SORT);
    String sort = sortValue == null ? DEFAULT_SORT : sortValue;
    String[] sortParts = sort.split(",", -1);
    String column = SORT_COLUMNS.get(sortParts[0]);
    boolean descending = sortParts.length == 2 && sortParts[1].equals("desc");
    if (column == null || sortParts.length > 2 || sortParts.length == 2 && !descending && !sortParts[1].equals("asc")) {
      violations.add(SORT, "unknown", SORT + " must be submittedAt or dueAt, optionally followed by ,asc or ,desc "
          + "(e.g. dueAt,asc), not " + ApplicationViews.abbreviate(sort));
    } else if ((long) page * size + size > MAX_ROWS) {
      violations.add(PAGE, "out-of-range", "Paging reaches the first " + MAX_ROWS + " applications (page × size + size); "
          + "narrow the search (e.g. by submittedFrom/submittedTo) to see further");
    }
    violations.throwIfAny();

    sort = sortParts[0] + (descending ? ",desc" : ",asc");
    // Nulls where PostgreSQL's index puts them (last ascending, first descending), said aloud for H2:
    // so an index on (column) or (column, id) is read in order, forwards or backwards.
    String direction = descending ? " desc nulls first" : " asc nulls last";
    String tieBreak = descending ? " desc" : " asc";
    // The page is found first, by id and sort key alone (from an index where the filters allow), and
    // only its rows are then read whole and asked for a breach: the rows an offset skips cost an
    // index entry each, not a row and a look into qz_breach.
    String sql = "select a.id, a.external_id, a.standard_number, a.channel, a.status, a.submitted_at, a.due_at,"
        + " a.original_due_at, a.closed_at, a.applicant_iin, a.applicant_name, a.created_by,"
        + " exists (select 1 from qz_breach b where b.application_id = a.id) as breached"
        + " from (select a.id, a." + column + " as sort_key from qz_application a" + where
        + " order by a." + column + direction + ", a.id" + tieBreak + " limit ? offset ?) p"
        + " join qz_application a on a.id = p.id"
        + " order by p.sort_key" + direction + ", p.id" + tieBreak;
    if (rows != null) {
      page = 0;
      size = rows;
    }
    arguments.add(size + 1);
    arguments.add((long) page * size);
    return new Statement(sql, arguments, page, size, sort, applicantWhole, region);
  }

  private ApplicationSummary summary(ResultSet rs, String user, boolean applicantWhole) throws SQLException {
    String iin = rs.getString("applicant_iin");
    String name = rs.getString("applicant_name");
    Applicant applicant = applicantWhole || user.equals(rs.getString("created_by")) ? new Applicant(iin, name)
        : Applicant.masked(iin, name);
    return new ApplicationSummary(rs.getString("id"), rs.getString("external_id"), rs.getInt("standard_number"),
        rs.getString("channel"), rs.getString("status"), applicant, moment(rs, "submitted_at"),
        moment(rs, "due_at"), moment(rs, "original_due_at"), moment(rs, "closed_at"), rs.getBoolean("breached"));
  }

  private OffsetDateTime moment(ResultSet rs, String column) throws SQLException {
    return time.moment(rs.getObject(column, OffsetDateTime.class));
  }

  /** {@code status=A&status=B} or {@code status=A,B}: each a status, none twice. */
  private static List<String> statuses(Query query, Violations violations) {
    Set<String> statuses = new LinkedHashSet<>();
    List<String> known = Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
    int index = 0;
    for (String value : query.all(STATUS)) {
      for (String status : value.split(",", -1)) {
        if (!known.contains(status)) {
          violations.add(STATUS + "[" + index + "]", "unknown", "'" + ApplicationViews.abbreviate(status)
              + "' is not a status; the statuses are " + String.join(", ", known));
        }
        statuses.add(status);
        index++;
      }
    }
    return List.copyOf(statuses);
  }

  /**
   * Days in Asia/Almaty, both ends included: {@code from} its start, {@code to} the start of the
   * day after (exclusive). A range whose end comes before its start is a mistake, not an empty page.
   */
  private void dayRange(Query query, Violations violations, String fromName, String toName, String column,
      StringBuilder where, List<Object> arguments) {
    LocalDate from = day(query, violations, fromName);
    LocalDate to = day(query, violations, toName);
    ZoneId zone = time.deadlines().zone();
    if (from != null) {
      where.append(" and ").append(column).append(" >= ?");
      arguments.add(from.atStartOfDay(zone).toOffsetDateTime());
    }
    if (to != null) {
      where.append(" and ").append(column).append(" < ?");
      arguments.add(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
    if (from != null && to != null && to.isBefore(from)) {
      violations.add(toName, "out-of-range", toName + " (" + to + ") is before " + fromName + " (" + from + ")");
    }
  }

  private static LocalDate day(Query query, Violations violations, String name) {
    String value = query.single(name);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // named below
    }
    violations.add(name, "format", name + " must be a day, YYYY-MM-DD (e.g. 2026-03-18), not "
        + ApplicationViews.abbreviate(value));
    return null;
  }

  private static int number(Query query, Violations violations, String name, int absent, int min, int max) {
    String value = query.single(name);
    if (value == null) {
      return absent;
    }
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      violations.add(name, "format", name + " must be a whole number from " + min + " to " + max);
      return absent;
    }
    int number = Integer.parseInt(value);
    if (number < min || number > max) {
      violations.add(name, "out-of-range", name + " must be from " + min + " to " + max + ", not " + number);
      return absent;
    }
    return number;
  }

  /** The query's values by name; a parameter that takes one value and is given twice is a fault (ask once per name). */
  private record Query(Map<String, String[]> parameters, Violations violations) {

    String single(String name) {
      String[] values = parameters.get(name);
      if (values == null || values.length == 0) {
        return null;
      }
      if (values.length > 1) {
        violations.add(name, "format", name + " may be given once");
      }
      return values[0];
    }

    List<String> all(String name) {
      String[] values = parameters.get(name);
      return values == null ? List.of() : List.of(values);
    }
  }
}
