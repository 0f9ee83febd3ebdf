package kz.qyzmet.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The standards catalog: the single source of the decree's facts (channels, terms with their
 * paragraphs, extensions, refusal grounds, complaint terms), read from
 * {@code classpath:standards/sNN.yaml} at start-up. A broken file stops the application with a
 * message naming the file and the field.
 */
@Component("standardsCatalog")
public class StandardsCatalog {

  public static final String LOCATION = "classpath*:standards/*.yaml";

  private static final Logger LOG = LoggerFactory.getLogger(StandardsCatalog.class);

  private final List<Standard> standards;
  private final Map<Integer, Standard> byNumber = new HashMap<>();
  private final Map<String, Standard> byProcessKey = new HashMap<>();

  /** Loads every file under {@code standards/} on the classpath. */
  @Autowired
  public StandardsCatalog() {
    this(loadClasspath(LOCATION));
    LOG.info("Standards catalog: {} standards loaded ({})", standards.size(),
        standards.stream().map(Standard::code).toList());
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

  /** Every standard, by number. */
  public List<Standard> all() {
    return standards;
  }

  public Optional<Standard> byNumber(int number) {
    return Optional.ofNullable(byNumber.get(number));
  }

  /** By BPMN process id, e.g. {@code s02-basic-pension-payment-assignment}. */
  public Optional<Standard> byProcessKey(String processKey) {
    return Optional.ofNullable(byProcessKey.get(processKey));
  }

  /** By code, e.g. {@code s02}. */
  public Optional<Standard> byCode(String code) {
    return standards.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Like {@link #byNumber} but fails with a clear message when the standard is not catalogued. */
  public Standard require(int number) {
    return byNumber(number).orElseThrow(
        () -> new CatalogException("standard " + number + " is not in the catalog"));
  }
}
