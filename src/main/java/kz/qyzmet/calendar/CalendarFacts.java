package kz.qyzmet.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every year the calendar knows, first year file to the horizon: years with a file under
 * {@code classpath:calendar/} as written there, later years projected from {@code calendar/rules.yaml}.
 */
public final class CalendarFacts {

  static final String LOCATION = "classpath*:calendar/*.yaml";
  private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Map<Integer, CalendarYear> years;
  private final int firstYear;
  private final int lastYear;

  public CalendarFacts(Map<Integer, CalendarYear> years) {
    if (years.isEmpty()) {
      throw new IllegalArgumentException("A calendar needs at least one year");
    }
    TreeMap<Integer, CalendarYear> sorted = new TreeMap<>(years);
    this.firstYear = sorted.firstKey();
    this.lastYear = sorted.lastKey();
    for (int y = firstYear; y <= lastYear; y++) {
      if (!sorted.containsKey(y)) {
        throw new IllegalStateException("The calendar has no data for " + y + " between " + firstYear + " and " + lastYear);
      }
    }
    this.years = Collections.unmodifiableMap(sorted);
  }

  /** The shipped data: year files plus the rules up to the horizon. */
  public static CalendarFacts loadShipped() {
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver(CalendarFacts.class.getClassLoader())
          .getResources(LOCATION);
      Map<Integer, CalendarYear> years = new TreeMap<>();
      RulesFile rules = null;
      for (Resource resource : resources) {
        String name = resource.getFilename();
        if ("rules.yaml".equals(name)) {
          rules = read(resource, RulesFile.class);
          continue;
        }
        Matcher m = YEAR_FILE.matcher(name == null ? "" : name);
        if (!m.matches()) {
          continue;
        }
        CalendarYear year = toYear(read(resource, YearFile.class), Integer.parseInt(m.group(1)), name);
        if (years.put(year.year(), year) != null) {
          throw new IllegalStateException("Two calendar files for " + year.year());
        }
      }
      if (years.isEmpty() || rules == null) {
        throw new IllegalStateException("No calendar data found at " + LOCATION + " (year files and rules.yaml)");
      }
      int lastFileYear = Collections.max(years.keySet());
      for (int y = lastFileYear + 1; y <= rules.horizon(); y++) {
        years.put(y, projected(rules, y));
      }
      return new CalendarFacts(years);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the calendar data at " + LOCATION, e);
    }
  }

  private static <T> T read(Resource resource, Class<T> type) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return YAML.readValue(in, type);
    } catch (IOException e) {
      throw new IOException("Cannot read calendar file " + resource.getDescription() + ": " + e.getMessage(), e);
    }
  }

  private static CalendarYear toYear(YearFile file, int yearOfName, String fileName) {
    if (file.year() != yearOfName) {
      throw new IllegalStateException(fileName + " says year " + file.year());
    }
    List<Holiday> holidays = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    int kurbanAit = 0;
    for (HolidayEntry e : nonNull(file.holidays())) {
      require(e.date() != null && e.name() != null && !e.name().isBlank(), fileName, "a holiday without date or name");
      require(e.date().getYear() == file.year(), fileName, "holiday " + e.date() + " is not in " + file.year());
      require(seen.add(e.date()), fileName, "holiday " + e.date() + " listed twice");
      boolean isKurbanAit = "kurban-ait".equals(e.kind());
      require(e.kind() == null || isKurbanAit, fileName, "unknown holiday kind " + e.kind());
      if (isKurbanAit) {
        kurbanAit++;
        require(Boolean.FALSE.equals(e.moves()), fileName, "Kurban Ait never moves: set moves: false");
      }
      holidays.add(new Holiday(e.date(), e.name(), e.moves() == null || e.moves(), isKurbanAit,
          e.confirmed() == null || e.confirmed(), e.source()));
    }
    require(kurbanAit == 1, fileName, "needs exactly one holiday of kind kurban-ait");
    List<Transfer> transfers = new ArrayList<>();
    for (TransferEntry e : nonNull(file.transfers())) {
      require(e.workingDay() != null && e.dayOff() != null, fileName, "a transfer needs workingDay and dayOff");
      require(e.dayOff().getYear() == file.year(), fileName, "transfer day off " + e.dayOff() + " is not in " + file.year());
      require(!e.workingDay().equals(e.dayOff()), fileName, "a transfer swaps two different days");
      transfers.add(new Transfer(e.workingDay(), e.dayOff(), e.confirmed() == null || e.confirmed(), e.source()));
    }
    return new CalendarYear(file.year(), CalendarYear.Basis.DATA_FILE, file.confirmed() == null || file.confirmed(),
        file.note(), holidays, transfers);
  }

  private static CalendarYear projected(RulesFile rules, int year) {
    List<Holiday> holidays = new ArrayList<>();
    for (RuleHoliday r : rules.holidays()) {
      LocalDate date = MonthDay.parse("--" + r.day()).atYear(year);
      holidays.add(new Holiday(date, r.name(), r.moves() == null || r.moves(), false, false, rules.source()));
    }
    // Kurban Ait may share its day with another holiday (2032: Nauryz); each keeps its own rule.
    holidays.add(new Holiday(estimatedKurbanAit(year), rules.kurbanAit().name(), false, true, false,
        rules.kurbanAit().source()));
    holidays.sort((a, b) -> a.date().compareTo(b.date()));
    return new CalendarYear(year, CalendarYear.Basis.RULES_ONLY, false,
        "No data file: statutory holidays only, Kurban Ait estimated, transfers unknown", holidays, List.of());
  }

  /** 10 Dhu al-Hijjah in the Umm al-Qura calendar, within the given Gregorian year (the first, if two). */
  static LocalDate estimatedKurbanAit(int year) {
    HijrahDate newYearsDay = HijrahChronology.INSTANCE.date(LocalDate.of(year, 1, 1));
    int hijriYear = newYearsDay.get(ChronoField.YEAR);
    for (int h = hijriYear; h <= hijriYear + 1; h++) {
      LocalDate candidate = LocalDate.from(HijrahChronology.INSTANCE.date(h, 12, 10));
      if (candidate.getYear() == year) {
        return candidate;
      }
    }
    throw new IllegalStateException("No Kurban Ait estimate for " + year);
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static void require(boolean condition, String fileName, String problem) {
    if (!condition) {
      throw new IllegalStateException("Calendar file " + fileName + ": " + problem);
    }
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  public Map<Integer, CalendarYear> years() {
    return years;
  }

  public CalendarYear year(int year) {
    CalendarYear y = years.get(year);
    if (y == null) {
      throw new OutsideCalendarException("The working-day calendar covers " + firstYear + " to " + lastYear
          + "; " + year + " is outside it");
    }
    return y;
  }

  /** The shipped facts with the active corrections applied, oldest first (a later Kurban Ait date wins). */
  public CalendarFacts withCorrections(List<CalendarCorrection> corrections) {
    CalendarFacts result = this;
    for (CalendarCorrection c : corrections) {
      if (!c.active() || !years.containsKey(c.year())) {
        continue;
      }
      CalendarYear year = result.year(c.year());
      result = result.with(switch (c.kind()) {
        case KURBAN_AIT -> year.withKurbanAit(c.dayOff(), c.sourceText());
        case TRANSFER -> {
          List<Transfer> transfers = new ArrayList<>(year.transfers());
          transfers.add(new Transfer(c.workingDay(), c.dayOff(), true, c.sourceText()));
          yield year.withTransfers(transfers);
        }
      });
    }
    return result;
  }

  /** A copy with one year replaced. */
  public CalendarFacts with(CalendarYear changed) {
    year(changed.year());
    Map<Integer, CalendarYear> copy = new TreeMap<>(years);
    copy.put(changed.year(), changed);
    return new CalendarFacts(copy);
  }

  record YearFile(int year, Boolean confirmed, String note, List<HolidayEntry> holidays, List<TransferEntry> transfers) {}

  record HolidayEntry(LocalDate date, String name, String kind, Boolean moves, Boolean confirmed, String source) {}

  record TransferEntry(LocalDate workingDay, LocalDate dayOff, Boolean confirmed, String note, String source) {}

  record RulesFile(int horizon, String source, List<RuleHoliday> holidays, RuleKurbanAit kurbanAit) {}

  record RuleHoliday(String day, String name, Boolean moves) {}

  record RuleKurbanAit(String name, String source) {}
}
