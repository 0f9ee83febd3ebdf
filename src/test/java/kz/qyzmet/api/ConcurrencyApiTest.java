package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static kz.qyzmet.api.ApiClient.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.process.ProcessScenario;
import org.junit.jupiter.api.Test;

/**
 * Requests that change one application at the same moment: each resolves to a result or a 409
 * problem, never a 500. Every thread waits at one start gate, so the race happens on every run.
 */
@QyzmetIntegrationTest
class ConcurrencyApiTest extends ApiTestSupport.JustBeforeNauryz {

  static final int THREADS = 10;


  /** Runs {@code call} on {@link #THREADS} threads released at once; the answers in order. */
  static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> future : futures) {
        answers.add(future.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  static Map<Integer, Long> byStatus(List<HttpResponse<String>> answers) {
    return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
  }

  static String bodies(List<HttpResponse<String>> answers) {
    return answers.stream().map(a -> a.statusCode() + " " + a.body()).collect(Collectors.joining("\n"));
  }

  @Test
  void tenDeliveriesAtOnce_oneIsDelivered_nineAre409() throws Exception {
    String id = awaitingDocuments("disability_certificate");
    ProcessScenario.clockAt("2026-04-10T12:00");
    List<HttpResponse<String>> answers = atOnce(() -> api.post("/api/v1/applications/" + id + "/documents",
        "{\"documents\": [\"disability_certificate\"]}"));
    assertThat(byStatus(answers)).as(bodies(answers)).isEqualTo(Map.of(200, 1L, 409, (long) THREADS - 1));
    answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> ApiClient.problem(a, 409, null));
    assertThat(read(api.get("/api/v1/applications/" + id).body()).get("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void tenComplaintsAtOnce_eachIsFiled() throws Exception {
    String id = api.submit(application("ztmo", COMPLETE_PACKAGE)).get("id").asText();
    List<HttpResponse<String>> answers = atOnce(() -> api.post("/api/v1/applications/" + id + "/complaints",
        "{\"level\": \"provider\", \"text\": \"Мерзімі өтті\"}"));
    assertThat(byStatus(answers)).as(bodies(answers)).isEqualTo(Map.of(201, (long) THREADS));
    assertThat(read(api.get("/api/v1/applications/" + id).body()).get("complaints")).hasSize(THREADS);
  }

  @Test
  void tenSubmissionsAtOnce_eachIsAnApplication() throws Exception {
    List<HttpResponse<String>> answers = atOnce(() -> api.post("/api/v1/applications",
        application("ztmo", COMPLETE_PACKAGE).toString()));
    assertThat(byStatus(answers)).as(bodies(answers)).isEqualTo(Map.of(201, (long) THREADS));
    assertThat(answers.stream().map(a -> read(a.body()).get("id").asText()).distinct()).hasSize(THREADS);
  }
}
