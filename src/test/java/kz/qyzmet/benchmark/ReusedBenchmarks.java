package kz.qyzmet.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.calendar.DeadlineBenchmark;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Parts 4 and 5 are measured by the benchmarks that already exist, run here in the benchmark's JVM
 * and engine, after the load: {@link DeadlineBenchmark} (docs/calendar.md) and
 * {@code kz.qyzmet.sla.SlaBenchmark} (docs/sla.md). Their printed output goes to the detailed log,
 * and the figures are read back from it.
 */
final class ReusedBenchmarks {

  private ReusedBenchmarks() {}

  /** What {@link DeadlineBenchmark} printed, and the milliseconds of each round's 100,000 computations. */
  record Deadlines(String output, List<Double> roundMillis) {}

  static Deadlines deadlines() {
    String output = capture(() -> DeadlineBenchmark.main(new String[0]));
    Pattern round = Pattern.compile("round (\\d+): .*?-> Date:\\s*([\\d.]+) ms");
    List<Double> millis = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = round.matcher(line);
      if (m.find()) {
        millis.add(Double.parseDouble(m.group(2)));
      }
    }
    return new Deadlines(output, millis);
  }

  /** One line of the SLA benchmark's timing table (milliseconds). */
  record SlaTiming(String name, double median, double min, double max, long rows) {}

  record Sla(String output, Map<String, SlaTiming> timings) {}

  /**
   * Runs the SLA benchmark against this context's beans (it seeds 100,000 historic applications of
   * standards 101-130 beside the benchmark's own, measures, and removes them again).
   */
  static Sla sla(ApplicationContext context) {
    String output = capture(() -> {
      try {
        Class<?> type = Class.forName("kz.qyzmet.sla.SlaBenchmark");
        Object benchmark = type.getDeclaredConstructor().newInstance();
        for (Field field : type.getDeclaredFields()) {
          if (field.isAnnotationPresent(Autowired.class)) {
            field.setAccessible(true);
            field.set(benchmark, context.getBean(field.getType()));
          }
        }
        Method run = type.getDeclaredMethod("run");
        run.setAccessible(true);
        run.invoke(benchmark);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("The SLA benchmark failed", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot run the SLA benchmark", e);
      }
    });
    Pattern line = Pattern.compile("^(\\S.*?)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)\\s+(\\d+)\\s*$");
    Map<String, SlaTiming> timings = new LinkedHashMap<>();
    boolean inTable = false;
    for (String text : output.split("\n")) {
      if (text.startsWith("timings over")) {
        inTable = true;
        continue;
      }
      Matcher m = line.matcher(text);
      if (inTable && m.matches()) {
        String name = m.group(1).trim();
        timings.put(name, new SlaTiming(name, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
            Double.parseDouble(m.group(4)), Long.parseLong(m.group(5))));
      }
    }
    return new Sla(output, timings);
  }

  /** Runs {@code work} with {@code System.out} captured, and answers what it printed. */
  private static String capture(Runnable work) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.out.flush();
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
