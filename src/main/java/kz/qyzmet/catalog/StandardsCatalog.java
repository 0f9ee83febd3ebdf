package kz.qyzmet.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The standards catalog: the single source of the decree's facts (channels, terms with their
 * paragraphs, extensions, refusal grounds, complaint terms), read from
 * {@code classpath:standards/sNN.yaml} at start-up. A broken file stops the application with a
 * message naming the file and the field.
 *
 * <p>Each standard has one or more wordings ({@link Wording}): the decree's own, and one from each
 * amendment under {@code classpath*:standards/amendments/} from its effective day (Asia/Almaty).
 * {@link #wordingOn} answers which was in force on a day; an application answers to the one in
 * force on the day it was submitted. {@link #byNumber} and its siblings give today's wording.
 */
@Component("standardsCatalog")
public class StandardsCatalog {

  public static final String LOCATION = "classpath*:standards/*.yaml";
  /** Real amendments only: a fictitious (test) amendment found here stops the application. */
  public static final String AMENDMENTS_LOCATION = "classpath*:standards/amendments/*.yaml";
  /** The day an amendment takes effect is a day in Kazakhstan. */
  static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private static final Logger LOG = LoggerFactory.getLogger(StandardsCatalog.class);

  private final List<Standard> standards;
  private final Map<Integer, Standard> byNumber = new HashMap<>();
  private final Map<String, Standard> byProcessKey = new HashMap<>();
  /** Every standard's wordings, oldest first; replaced whole when amendments are put in. */
  private volatile Map<Integer, List<Wording>> wordings;

  /** Loads every file under {@code standards/} and {@code standards/amendments/} on the classpath. */
  @Autowired
  public StandardsCatalog(@Value("${qyzmet.zone:Asia/Almaty}") String zone) {
    this(loadClasspath(LOCATION));
    if (!ZONE.equals(ZoneId.of(zone))) {
      throw new CatalogException("amendments take effect on days in " + ZONE + ", qyzmet.zone is " + zone);
    }
    List<AmendmentFile> amendments = loadAmendments(AMENDMENTS_LOCATION);
    amendments.stream().filter(f -> f.amendment().fictitious()).findFirst().ifPresent(f -> {
      throw new CatalogException(f.name() + ": a fictitious amendment has no place in the catalog (tests put theirs in)");
    });
    putInForce(amendments);
    LOG.info("Standards catalog: {} standards loaded ({}), {} amendments", standards.size(),
        standards.stream().map(Standard::code).toList(), amendments.size());
  }

  /** A catalog of the given, already validated standards. */
  public StandardsCatalog(List<Standard> standards) {
    List<Standard> sorted = new ArrayList<>(standards);
    sorted.sort(Comparator.comparingInt(Standard::number));
    for (Standard s : sorted) {
      if (byNumber.putIfAbsent(s.number(), s) != null) {
        throw new CatalogException("standards/" + s.code() + ".yaml: number " + s.number()
            + " is declared twice");
      }
      if (byProcessKey.putIfAbsent(s.processKey(), s) != null) {
        throw new CatalogException("standards/" + s.code() + ".yaml: processKey " + s.processKey()
            + " is declared twice");
      }
    }
    this.standards = List.copyOf(sorted);
    putInForce(List.of());
  }

  /** A catalog of the given standards and amendments. */
  public StandardsCatalog(List<Standard> standards, List<AmendmentFile> amendments) {
    this(standards);
    putInForce(amendments);
  }

  /** An amendment and the name of the file it came from (for messages). */
  public record AmendmentFile(String name, Amendment amendment) {}

  /**
   * Makes these amendments (and no others) the catalog's, checked against the standards: each
   * applies to the wording before it. Nothing changes if one is invalid. The wordings are read by
   * date, so an amendment put in before its day takes effect on that day without anything else.
   */
  public synchronized void putInForce(List<AmendmentFile> amendments) {
    Map<Integer, List<Wording>> next = new HashMap<>();
    for (Standard s : standards) {
      next.put(s.number(), new ArrayList<>(List.of(AmendmentValidator.original(s))));
    }
    List<AmendmentFile> sorted = new ArrayList<>(amendments);
    sorted.sort(Comparator.comparing((AmendmentFile f) -> f.amendment().standard())
        .thenComparing(f -> f.amendment().effectiveFrom(), Comparator.nullsFirst(Comparator.naturalOrder())));
    AmendmentValidator validator = new AmendmentValidator();
    for (AmendmentFile f : sorted) {
      List<Wording> list = next.get(f.amendment().standard());
      if (list == null) {
        throw new CatalogException(f.name() + ": standard: " + f.amendment().standard() + " is not in the catalog");
      }
      list.add(validator.apply(f.name(), f.amendment(), list.get(list.size() - 1)));
    }
    Map<Integer, List<Wording>> frozen = new HashMap<>();
    next.forEach((n, list) -> frozen.put(n, List.copyOf(list)));
    this.wordings = Map.copyOf(frozen);
  }

  /** Every amendment in the catalog, by standard and day. */
  public List<AmendmentFile> amendments() {
    return wordings.values().stream().flatMap(List::stream).filter(w -> !w.original())
        .sorted(Comparator.comparing(Wording::number).thenComparing(Wording::effectiveFrom))
        .map(w -> new AmendmentFile("standards/amendments/" + w.standard().code() + "-" + w.effectiveFrom() + ".yaml",
            w.amendment()))
        .toList();
  }

  /** Reads every amendment file matching a Spring resource pattern (not yet checked against the standards). */
  public static List<AmendmentFile> loadAmendments(String pattern) {
    Resource[] resources;
    try {
      resources = new PathMatchingResourcePatternResolver().getResources(pattern);
    } catch (IOException e) {
      throw new CatalogException("cannot list " + pattern + ": " + e.getMessage(), e);
    }
    AmendmentFileReader reader = new AmendmentFileReader();
    List<AmendmentFile> result = new ArrayList<>();
    for (Resource resource : resources) {
      String name = "standards/amendments/" + resource.getFilename();
      try (InputStream in = resource.getInputStream()) {
        result.add(new AmendmentFile(name, reader.read(name, in)));
      } catch (IOException e) {
        throw new CatalogException(name + ": cannot be read: " + e.getMessage(), e);
      }
    }
    return result;
  }

  /** Every wording of a standard, oldest first (the decree's own first). */
  public List<Wording> wordings(int number) {
    List<Wording> list = wordings.get(number);
    if (list == null) {
      throw new CatalogException("standard " + number + " is not in the catalog");
    }
    return list;
  }

  /** The wording of a standard in force on a day (Asia/Almaty). */
  public Wording wordingOn(int number, LocalDate day) {
    Wording found = null;
    for (Wording w : wordings(number)) {
      if (found == null || !w.effectiveFrom().isAfter(day)) {
        found = w;
      }
    }
    return found;
  }

  /** The wording of a standard in force today, by the engine's clock. */
  public Wording wordingToday(int number) {
    return wordingOn(number, today());
  }

  /** Today in Kazakhstan by the engine's clock (which tests move). */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  private Standard current(Standard base) {
    return base == null ? null : wordingToday(base.number()).standard();
  }

  /** Reads and validates every resource matching a Spring resource pattern. */
  public static List<Standard> loadClasspath(String pattern) {
    Resource[] resources;
    try {
      resources = new PathMatchingResourcePatternResolver().getResources(pattern);
    } catch (IOException e) {
      throw new CatalogException("cannot list " + pattern + ": " + e.getMessage(), e);
    }
    StandardFileReader reader = new StandardFileReader();
    List<Standard> result = new ArrayList<>();
    for (Resource resource : resources) {
      String name = "standards/" + resource.getFilename();
      try (InputStream in = resource.getInputStream()) {
        result.add(reader.read(name, in));
      } catch (IOException e) {
        throw new CatalogException(name + ": cannot be read: " + e.getMessage(), e);
      }
    }
    return result;
  }

  /** Every standard in today's wording, by number. */
  public List<Standard> all() {
    return standards.stream().map(this::current).toList();
  }

  /** The standard in today's wording. */
  public Optional<Standard> byNumber(int number) {
    return Optional.ofNullable(current(byNumber.get(number)));
  }

  /** By BPMN process id, e.g. {@code s02-basic-pension-payment-assignment}; today's wording. */
  public Optional<Standard> byProcessKey(String processKey) {
    return Optional.ofNullable(current(byProcessKey.get(processKey)));
  }

  /** By code, e.g. {@code s02}; today's wording. */
  public Optional<Standard> byCode(String code) {
    return standards.stream().filter(s -> s.code().equals(code)).findFirst().map(this::current);
  }

  /** Like {@link #byNumber} but fails with a clear message when the standard is not catalogued. */
  public Standard require(int number) {
    return byNumber(number).orElseThrow(
        () -> new CatalogException("standard " + number + " is not in the catalog"));
  }
}
