package kz.qyzmet.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Random;

/**
 * How long 100,000 deadline computations take, on one thread. Prints figures and asserts nothing
 * (a timing assertion fails on a busy machine and proves nothing on a fast one). Not a JUnit test,
 * so the normal test run never starts it. Run it, pinned to one core, with
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt \
 *   &amp;&amp; taskset -c 0 java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) \
 *      kz.qyzmet.calendar.DeadlineBenchmark
 * </pre>
 */
public final class DeadlineBenchmark {

  private static final int COMPUTATIONS = 100_000;
  private static final int ROUNDS = 7;

  public static void main(String[] args) {
    ZoneId zone = ZoneId.of("Asia/Almaty");
    long loadStart = System.nanoTime();
    WorkingCalendar calendar = new WorkingCalendar(CalendarFacts.loadShipped());
    long loadNanos = System.nanoTime() - loadStart;
    DeadlineService deadlines = new DeadlineService(() -> calendar, zone, LocalTime.of(18, 0), false);

    // Submissions spread over 2015-2026 at random times of day, terms of 1-41 working days.
    Random random = new Random(217);
    Date[] from = new Date[COMPUTATIONS];
    LocalDate[] days = new LocalDate[COMPUTATIONS];
    int[] terms = new int[COMPUTATIONS];
    long first = LocalDate.of(2015, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
    long span = LocalDate.of(2026, 12, 1).atStartOfDay(zone).toInstant().toEpochMilli() - first;
    for (int i = 0; i < COMPUTATIONS; i++) {
      from[i] = new Date(first + (long) (random.nextDouble() * span));
      days[i] = from[i].toInstant().atZone(zone).toLocalDate();
      terms[i] = 1 + random.nextInt(41);
    }

    System.out.printf(Locale.ROOT, "Calendar load and build (files 2014-2027, rules to 2035): %.1f ms%n", loadNanos / 1e6);
    long checksum = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < COMPUTATIONS; i++) {
        checksum += deadlines.workingDays(from[i], terms[i]).getTime();
      }
      long dateNanos = System.nanoTime() - start;
      start = System.nanoTime();
      for (int i = 0; i < COMPUTATIONS; i++) {
        checksum += deadlines.addWorkingDays(days[i], terms[i]).toEpochDay();
      }
      long localNanos = System.nanoTime() - start;
      System.out.printf(Locale.ROOT, "round %d: %,d x deadlines.workingDays(Date, n) -> Date: %6.1f ms"
              + " (%.0f ns each); %,d x addWorkingDays(LocalDate, n): %5.1f ms%n",
          round, COMPUTATIONS, dateNanos / 1e6, (double) dateNanos / COMPUTATIONS, COMPUTATIONS, localNanos / 1e6);
    }
    System.out.println("(checksum " + checksum + "; the first rounds include JIT warm-up)");
  }
}
