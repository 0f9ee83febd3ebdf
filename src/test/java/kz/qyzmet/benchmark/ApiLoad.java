package kz.qyzmet.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Part 2: {@code POST /api/v1/applications} over loopback, as the e-government portal calls it
 * (HTTP Basic as {@code integration.client}, a standard-2 application taken at a PSC with its whole
 * package, a distinct applicant and {@code externalId} each time).
 *
 * <ul>
 *   <li><b>Fixed rate</b> (open loop): a request is due every 1/rate seconds whatever the answers
 *       do, for a bounded count; each latency runs from the moment the request was <i>due</i>, not
 *       from when it went out, so a stall shows in the percentiles instead of slowing the client
 *       down (no coordinated omission).
 *   <li><b>Concurrency levels</b> (closed loop): N clients each send, wait for the answer, send
 *       again, for a bounded time: the throughput the server sustains and the latency at it.
 * </ul>
 * The client runs in the server's JVM (two cores shared with it): its own cost, a few per cent of a
 * request's, is in the figures.
 */
final class ApiLoad {

  /** What one phase measured. Latencies in milliseconds. */
  record Phase(String name, int sent, int ok, int errors, double seconds, double[] latencies, String firstError) {
    double throughput() {
      return ok / seconds;
    }

    double percentile(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      double[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String describe() {
      return String.format(Locale.ROOT, "%s: %d sent, %d created, %d errors in %.1f s: %.1f/s; p50 %.1f ms, "
              + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%s", name, sent, ok, errors, seconds, throughput(),
          percentile(50), percentile(95), percentile(99), percentile(100),
          firstError == null ? "" : "; first error: " + firstError);
    }
  }

  private final HttpClient client;
  private final URI uri;
  private final String authorization;
  private final Iins iins;
  private final String runId;
  private final AtomicLong externalIds = new AtomicLong();

  ApiLoad(int port, Iins iins, String runId) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(4, daemon("http-client")))
        .build();
    this.uri = URI.create("http://127.0.0.1:" + port + "/api/v1/applications");
    this.authorization = "Basic " + Base64.getEncoder().encodeToString("integration.client:demo"
        .getBytes(StandardCharsets.UTF_8));
    this.iins = iins;
    this.runId = runId;
  }

  private HttpRequest request() {
    String body = """
        {"standard": 2, "channel": "psc",
         "applicant": {"iin": "%s", "fullName": "Сапарова Айгүл Маратқызы"},
         "documents": ["application", "identity_document", "residence_registration_proof", "bank_account_details"],
         "externalId": "bench-%s-%d"}""".formatted(iins.next(), runId, externalIds.incrementAndGet());
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /** {@code count} requests due at {@code rate} per second. */
  Phase fixedRate(double rate, int count) throws InterruptedException {
    double[] latencies = new double[count];
    boolean[] done = new boolean[count];
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();
    String[] firstError = new String[1];
    CountDownLatch finished = new CountDownLatch(count);
    long periodNanos = (long) (1e9 / rate);
    long start = System.nanoTime() + 50_000_000L;
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("http-ticker"));
    ticker.scheduleAtFixedRate(() -> {
      int i = sent.getAndIncrement();
      if (i >= count) {
        return;
      }
      long due = start + i * periodNanos;
      client.sendAsync(request(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
        long now = System.nanoTime();
        synchronized (latencies) {
          latencies[i] = (now - due) / 1e6;
          done[i] = true;
        }
        if (failure == null && response.statusCode() == 201) {
          ok.incrementAndGet();
        } else {
          errors.incrementAndGet();
          synchronized (firstError) {
            if (firstError[0] == null) {
              firstError[0] = failure != null ? failure.toString()
                  : response.statusCode() + " " + abbreviate(response.body());
            }
          }
        }
        finished.countDown();
      });
    }, Math.max(0, start - System.nanoTime()), periodNanos, TimeUnit.NANOSECONDS);
    boolean all = finished.await((long) (count / rate) + 120, TimeUnit.SECONDS);
    ticker.shutdownNow();
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] measured;
    synchronized (latencies) {
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (done[i]) {
          values.add(latencies[i]);
        }
      }
      measured = values.stream().mapToDouble(Double::doubleValue).toArray();
    }
    String name = String.format(Locale.ROOT, "fixed rate %.0f/s", rate);
    return new Phase(name, Math.min(count, sent.get()), ok.get(), errors.get() + (all ? 0 : count - measured.length),
        seconds, measured, firstError[0]);
  }

  /** {@code clients} closed-loop clients for {@code seconds}. */
  Phase concurrent(int clients, double seconds) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients, daemon("http-load"));
    List<double[]> perClient = new ArrayList<>();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();
    String[] firstError = new String[1];
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    List<java.util.concurrent.Future<double[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        double[] mine = new double[1024];
        int n = 0;
        while (System.nanoTime() < end) {
          long t = System.nanoTime();
          sent.incrementAndGet();
          try {
            HttpResponse<String> response = client.send(request(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
              ok.incrementAndGet();
            } else {
              errors.incrementAndGet();
              recordError(firstError, response.statusCode() + " " + abbreviate(response.body()));
            }
          } catch (Exception e) {
            errors.incrementAndGet();
            recordError(firstError, e.toString());
          }
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, n * 2);
          }
          mine[n++] = (System.nanoTime() - t) / 1e6;
        }
        return Arrays.copyOf(mine, n);
      }));
    }
    for (var future : futures) {
      try {
        perClient.add(future.get());
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdownNow();
    double[] all = perClient.stream().flatMapToDouble(Arrays::stream).toArray();
    return new Phase(clients + (clients == 1 ? " client" : " clients"), sent.get(), ok.get(), errors.get(), elapsed,
        all, firstError[0]);
  }

  private static void recordError(String[] firstError, String error) {
    synchronized (firstError) {
      if (firstError[0] == null) {
        firstError[0] = error;
      }
    }
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
