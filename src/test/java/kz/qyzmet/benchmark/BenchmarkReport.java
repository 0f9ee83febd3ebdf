package kz.qyzmet.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the figures of the benchmark's JVMs (H2 and PostgreSQL, each a full run and a restart) into
 * one Markdown table, prints it and writes it to {@code results.md} beside them. The targets are the
 * issue's, stated for PostgreSQL on this machine size; "met"/"missed" is the PostgreSQL figure's.
 */
public final class BenchmarkReport {

  private static final String[] RUNS = {"h2-full", "h2-startup", "postgres-full", "postgres-startup"};

  public static void main(String[] args) throws IOException {
    Path out = Paths.get(args.length > 0 ? args[0] : System.getProperty("benchmark.out", "target/benchmark"));
    Map<String, Figures.Read> runs = new LinkedHashMap<>();
    for (String run : RUNS) {
      Path file = out.resolve("figures-" + run + ".tsv");
      if (Files.exists(file)) {
        runs.put(run, Figures.read(file));
      }
    }
    if (runs.isEmpty()) {
      System.out.println("No figures in " + out.toAbsolutePath() + ": run the benchmark first.");
      return;
    }
    String table = table(runs);
    System.out.println();
    System.out.println(table);
    Files.writeString(out.resolve("results.md"), table, StandardCharsets.UTF_8);
    System.out.println("Written to " + out.resolve("results.md").toAbsolutePath());
  }

  static String table(Map<String, Figures.Read> runs) {
    Map<String, Figures.Figure> rows = new LinkedHashMap<>();
    Map<String, Map<String, Figures.Figure>> byDatabase = new LinkedHashMap<>();
    byDatabase.put("h2", new LinkedHashMap<>());
    byDatabase.put("postgres", new LinkedHashMap<>());
    // PostgreSQL's order first: it is the run the targets are about.
    List<String> order = new ArrayList<>(List.of("postgres-full", "postgres-startup", "h2-full", "h2-startup"));
    for (String run : order) {
      Figures.Read read = runs.get(run);
      if (read == null) {
        continue;
      }
      String database = run.substring(0, run.indexOf('-'));
      for (Figures.Figure f : read.figures()) {
        // The start-of-run machine figures of a restart add nothing to the full run's.
        if (run.endsWith("startup") && f.key().startsWith("machine.") && !f.key().equals("machine.load.start")) {
          continue;
        }
        String key = run.endsWith("startup") && f.key().startsWith("machine.load") ? f.key() + ".restart" : f.key();
        rows.putIfAbsent(key, f);
        byDatabase.get(database).put(key, f);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("| | H2 (file, `demo`) | PostgreSQL (`postgres,demo`) | target (PostgreSQL) | |\n");
    md.append("|---|---|---|---|---|\n");
    String section = null;
    List<Figures.Figure> sorted = new ArrayList<>(rows.values());
    List<String> keys = new ArrayList<>(rows.keySet());
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.add(i);
    }
    index.sort((a, b) -> {
      int bySection = sorted.get(a).section().compareTo(sorted.get(b).section());
      return bySection != 0 ? bySection : Integer.compare(a, b);
    });
    for (int i : index) {
      Figures.Figure f = sorted.get(i);
      String key = keys.get(i);
      if (!f.section().equals(section)) {
        section = f.section();
        md.append("| **").append(section).append("** | | | | |\n");
      }
      Figures.Figure h2 = byDatabase.get("h2").get(key);
      Figures.Figure pg = byDatabase.get("postgres").get(key);
      String label = key.startsWith("machine.") && key.endsWith(".restart") ? f.label() + " (restart run)" : f.label();
      md.append("| ").append(escape(label))
          .append(" | ").append(h2 == null ? "–" : escape(h2.value()))
          .append(" | ").append(pg == null ? "–" : escape(pg.value()))
          .append(" | ").append(escape(f.target()))
          .append(" | ").append(pg == null || pg.verdict().isEmpty() ? "" : "**" + pg.verdict() + "**")
          .append(" |\n");
    }
    for (var run : runs.entrySet()) {
      for (String note : run.getValue().notes()) {
        md.append("\n- ").append(run.getKey()).append(": ").append(escape(note));
      }
    }
    md.append('\n');
    return md.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
