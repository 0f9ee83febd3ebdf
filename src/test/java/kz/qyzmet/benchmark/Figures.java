package kz.qyzmet.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark JVM, in the order they were measured: a key that the report joins
 * the H2 and PostgreSQL runs on, a label, the value as printed, and the issue's target where it
 * states one. Written as tab-separated lines ({@code figures-<database>-<mode>.tsv}) that
 * {@link BenchmarkReport} reads back.
 */
final class Figures {

  /** One figure. {@code target} is empty where the issue sets none. */
  record Figure(String key, String section, String label, String value, String target, String verdict) {}

  private final Map<String, Figure> figures = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  void add(String key, String section, String label, String value) {
    add(key, section, label, value, "", "");
  }

  void add(String key, String section, String label, String value, String target, String verdict) {
    figures.put(key, new Figure(key, section, label, clean(value), clean(target), clean(verdict)));
    System.out.printf(Locale.ROOT, "  %-58s %s%s%n", label, value, target.isEmpty() ? "" : "   (target " + target
        + (verdict.isEmpty() ? "" : ": " + verdict) + ")");
  }

  /** A line of context for the report (load average, a failure, a caveat). */
  void note(String note) {
    notes.add(clean(note));
    System.out.println("  note: " + note);
  }

  List<Figure> all() {
    return List.copyOf(figures.values());
  }

  void write(Path file) {
    List<String> lines = new ArrayList<>();
    for (Figure f : figures.values()) {
      lines.add(String.join("\t", f.key(), f.section(), f.label(), f.value(), f.target(), f.verdict()));
    }
    for (String note : notes) {
      lines.add("#\t" + note);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Read(List<Figure> figures, List<String> notes) {}

  static Read read(Path file) {
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f[0].equals("#")) {
          notes.add(f[1]);
        } else if (f.length >= 6) {
          figures.add(new Figure(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Read(figures, notes);
  }

  /** "met", or "missed by N %" (how far above the limit), for a figure that should be at most {@code limit}. */
  static String atMost(double value, double limit) {
    return value <= limit ? "met" : "missed by " + missedBy(value / limit - 1);
  }

  /** "met", or "missed by N %" (how far below the target), for a figure that should be at least {@code limit}. */
  static String atLeast(double value, double limit) {
    return value >= limit ? "met" : "missed by " + missedBy(1 - value / limit);
  }

  /** Both of two figures held to the same limit (time and CPU): met only if both are. */
  static String bothAtMost(double first, double second, double limit) {
    return atMost(Math.max(first, second), limit);
  }

  private static String missedBy(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", Math.max(1, Math.round(fraction * 100)) * 1.0);
  }

  static String f0(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  static String f1(double value) {
    return String.format(Locale.ROOT, "%,.1f", value);
  }

  static String f2(double value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  private static String clean(String text) {
    return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
  }
}
