package kz.qyzmet.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import kz.qyzmet.Multipart;
import kz.qyzmet.cluster.ClusterDatabase;
import kz.qyzmet.cluster.NodeProcess;
import kz.qyzmet.intake.IinNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two regions, each a Qyzmet deployment of its own (a JVM of the code under test, its own engine
 * and job executor) on a PostgreSQL database of its own, Almaty (75, {@code qyzmet_region_a}) and
 * Astana (71, {@code qyzmet_region_b}), and Shymkent (79) configured on a port where nothing answers.
 * Every deployment is the national entry point (issue #23, item 4; docs/scale.md): an application
 * submitted to one deployment for the other region is routed there, and read back through either.
 * Asserted from each database: the submission, the worker's task, the statutory timer and the breach
 * it records are in their own region's database only; the national SLA report gives each region's
 * figures, their sum, and names Shymkent as unanswered. One search at either deployment finds both
 * regions' applications merged by the sort over pages (deep ones too: a region asked several pages of
 * 100), each region applying the caller's rights; {@code region} asks one region; Shymkent is named.
 * A correction of the calendar added or revoked at one deployment is made at the other as well.
 */
@Tag("regions")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalDeploymentsTest {

  static final String ALMATY = "75";
  static final String ASTANA = "71";
  static final String SHYMKENT = "79";
  /** Standard 25 at the provider: a 30-minute term, so its deadline can be made to fall due in the test. */
  static final Duration TERM = Duration.ofMinutes(30);
  static final String CLIENT = "integration.client";
  static final String OWNER = "process.owner";
  static final String WORKER = "provider.specialist";
  static final ZoneId ASIA_ALMATY = ZoneId.of("Asia/Almaty");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> figures = new ArrayList<>();
  private NodeProcess almaty;
  private NodeProcess astana;

  @Test
  void eachRegionKeepsItsOwnApplications_theRouterSendsThemThere_theSlaReportAddsThemUp() throws Exception {
    Optional<ClusterDatabase> a = ClusterDatabase.named("qyzmet_region_a", "QYZMET_TEST_REGION_A_URL");
    Optional<ClusterDatabase> b = ClusterDatabase.named("qyzmet_region_b", "QYZMET_TEST_REGION_B_URL");
    if (a.isEmpty() || b.isEmpty()) {
      String why = "QYZMET_TEST_POSTGRES_URL is not set: the regions test needs PostgreSQL (.ci/run sets it)";
      if (System.getenv("CI") != null) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    ClusterDatabase dbA = a.get();
    ClusterDatabase dbB = b.get();
    dbA.recreateEmpty();
    dbB.recreateEmpty();
    Path work = Path.of(System.getProperty("qyzmet.cluster.work", "target/cluster")).toAbsolutePath()
        .resolve("regions");
    Files.createDirectories(work);
    int portA = NodeProcess.freePort();
    int portB = NodeProcess.freePort();
    int nobody = NodeProcess.freePort();
    String shymkent = "--qyzmet.regions.deployments." + SHYMKENT + "=http://127.0.0.1:" + nobody;
    almaty = NodeProcess.start("region-75-app1", work, portA, dbA.url, dbA.user, dbA.password, List.of(
        "--qyzmet.regions.own=" + ALMATY, "--qyzmet.regions.deployments." + ASTANA + "=http://127.0.0.1:" + portB,
        shymkent, "--qyzmet.regions.timeout=5s"));
    astana = NodeProcess.start("region-71-app1", work, portB, dbB.url, dbB.user, dbB.password, List.of(
        "--qyzmet.regions.own=" + ASTANA, "--qyzmet.regions.deployments." + ALMATY + "=http://127.0.0.1:" + portA,
        shymkent, "--qyzmet.regions.timeout=5s"));
    long started = System.nanoTime();
    almaty.awaitReady(Duration.ofMinutes(4));
    astana.awaitReady(Duration.ofMinutes(4));
    figure("both regions ready after (started together)", seconds(System.nanoTime() - started));
    calendarAcrossRegions(dbA, dbB);

    // Refused before anything is written: an unknown region, none, and a region that does not answer.
    HttpResponse<String> unknown = post(almaty, "/api/v1/applications", CLIENT, submission("99", "regions-x", 0));
    assertProblem(unknown, 400, "unknown");
    HttpResponse<String> none = post(almaty, "/api/v1/applications", CLIENT, submission(null, "regions-y", 0));
    assertProblem(none, 400, "required");
    HttpResponse<String> away = post(astana, "/api/v1/applications", CLIENT, submission(SHYMKENT, "regions-z", 0));
    assertProblem(away, 503, "region-unavailable");
    assertThat(away.body()).contains("город Шымкент");
    for (ClusterDatabase db : List.of(dbA, dbB)) {
      assertThat(db.count("select count(*) from qz_application")).as(db.url + ": nothing written").isZero();
      assertThat(db.count("select count(*) from act_hi_procinst")).as(db.url + ": no process started").isZero();
    }

    // Each region's application submitted through the other region's deployment: routed to its own.
    Instant due = Instant.now().plusSeconds(25);
    long sent = System.nanoTime();
    HttpResponse<String> toAlmaty = post(astana, "/api/v1/applications", CLIENT, submission(ALMATY, "regions-75", 1,
        due));
    long routedMillis = (System.nanoTime() - sent) / 1_000_000;
    HttpResponse<String> toAstana = post(almaty, "/api/v1/applications", CLIENT, submission(ASTANA, "regions-71", 2,
        due));
    assertThat(toAlmaty.statusCode()).as(toAlmaty.body()).isEqualTo(201);
    assertThat(toAstana.statusCode()).as(toAstana.body()).isEqualTo(201);
    assertThat(toAlmaty.headers().firstValue("Qyzmet-Region")).contains(ALMATY);
    assertThat(toAstana.headers().firstValue("Qyzmet-Region")).contains(ASTANA);
    String idA = read(toAlmaty.body()).get("id").asText();
    String idB = read(toAstana.body()).get("id").asText();
    assertThat(idA).startsWith(ALMATY + "-S25-");
    assertThat(idB).startsWith(ASTANA + "-S25-");
    assertThat(toAlmaty.headers().firstValue("Location")).contains("/api/v1/applications/" + idA);
    figure("first submission routed to the other region (cold JVMs), answered after", routedMillis + " ms");
    // The same request again through the other door: the same application (idempotent across the router).
    HttpResponse<String> replay = post(almaty, "/api/v1/applications", CLIENT,
        submission(ALMATY, "regions-75", 1, due));
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
    assertThat(replay.headers().firstValue("Idempotent-Replay")).contains("true");
    assertThat(read(replay.body()).get("id").asText()).isEqualTo(idA);

    // Each database holds its own application, its process and its worker's task, and nothing else.
    assertThat(column(dbA, "select id from qz_application")).containsExactly(idA);
    assertThat(column(dbB, "select id from qz_application")).containsExactly(idB);
    assertThat(column(dbA, "select distinct business_key_ from act_hi_procinst where business_key_ is not null"))
        .containsExactly(idA);
    assertThat(column(dbB, "select distinct business_key_ from act_hi_procinst where business_key_ is not null"))
        .containsExactly(idB);
    String tasksOf = """
        select distinct a.id from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
          join qz_application a on a.process_instance_id = e.root_proc_inst_id_""";
    assertThat(dbA.count("select count(*) from act_ru_task")).as("Almaty's reviewer has a task").isPositive();
    assertThat(dbB.count("select count(*) from act_ru_task")).as("Astana's reviewer has a task").isPositive();
    assertThat(column(dbA, tasksOf)).containsExactly(idA);
    assertThat(column(dbB, tasksOf)).containsExactly(idB);
    assertThat(dbA.count("select count(*) from act_ru_task")).isEqualTo(dbA.count("select count(*) from act_ru_task t "
        + "join act_ru_execution e on e.id_ = t.proc_inst_id_ join qz_application a on a.process_instance_id = "
        + "e.root_proc_inst_id_"));

    // Read through either deployment: the application's region answers, with its open step.
    for (NodeProcess door : List.of(almaty, astana)) {
      HttpResponse<String> viewA = get(door, "/api/v1/applications/" + idA, CLIENT);
      HttpResponse<String> viewB = get(door, "/api/v1/applications/" + idB, CLIENT);
      assertThat(viewA.statusCode()).as(viewA.body()).isEqualTo(200);
      assertThat(viewB.statusCode()).as(viewB.body()).isEqualTo(200);
      assertThat(viewA.headers().firstValue("Qyzmet-Region")).contains(ALMATY);
      assertThat(viewB.headers().firstValue("Qyzmet-Region")).contains(ASTANA);
      assertThat(read(viewA.body()).get("id").asText()).isEqualTo(idA);
      assertThat(read(viewB.body()).get("status").asText()).isEqualTo("IN_REVIEW");
      assertThat(read(viewB.body()).path("currentSteps").size()).as(viewB.body()).isPositive();
    }
    // An Almaty id with a number that does not exist: Almaty's own 404, through Astana.
    HttpResponse<String> missing = get(astana, "/api/v1/applications/" + ALMATY + "-S25-20260318-00000000", CLIENT);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Qyzmet-Region")).contains(ALMATY);

    // A complaint about Astana's application, filed and read through Almaty: it is Astana's.
    HttpResponse<String> complained = post(almaty, "/api/v1/applications/" + idB + "/complaints", CLIENT,
        "{\"level\": \"provider\", \"text\": \"Мерзімі өтті\"}");
    assertThat(complained.statusCode()).as(complained.body()).isEqualTo(201);
    String complaintId = read(complained.body()).get("id").asText();
    assertThat(complaintId).startsWith(ASTANA + "-C-S25-");
    HttpResponse<String> complaint = get(almaty, "/api/v1/complaints/" + complaintId, CLIENT);
    assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(200);
    assertThat(complaint.headers().firstValue("Qyzmet-Region")).contains(ASTANA);
    assertThat(dbB.count("select count(*) from act_hi_procinst where business_key_ = ?", complaintId)).isEqualTo(1);
    assertThat(dbA.count("select count(*) from act_hi_procinst where business_key_ = ?", complaintId)).isZero();

    // A scan for Astana's case file, uploaded through Almaty (streamed on), downloaded through Almaty.
    Multipart scan = new Multipart().field("documentCode", "identity_document")
        .file("file", "scan.pdf", "application/pdf", Multipart.Files.PDF);
    HttpResponse<String> attached = send(request(almaty, "/api/v1/applications/" + idB + "/files", CLIENT)
        .header("Content-Type", scan.contentType()).POST(scan.publisher()).build());
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    assertThat(attached.headers().firstValue("Qyzmet-Region")).contains(ASTANA);
    HttpResponse<String> downloaded = send(request(almaty, read(attached.body()).get("href").asText(), CLIENT)
        .setHeader("Accept", "*/*").GET().build());
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(downloaded.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(downloaded.body()).isEqualTo(new String(Multipart.Files.PDF, StandardCharsets.UTF_8));
    assertThat(dbB.count("select count(*) from qz_case_file where application_id = ?", idB)).isEqualTo(1);
    assertThat(dbA.count("select count(*) from qz_case_file")).isZero();

    // The statutory deadline falls due: each region's own job executor escalates its own application.
    awaitUntil("both deadlines escalated", Duration.ofSeconds(120),
        () -> dbA.count("select count(*) from qz_breach") > 0 && dbB.count("select count(*) from qz_breach") > 0);
    figure("both deadlines escalated after the due time", seconds(
        Duration.between(due, Instant.now()).toNanos()));
    assertThat(column(dbA, "select application_id from qz_breach where kind = 'SERVICE_TERM'")).containsExactly(idA);
    assertThat(column(dbB, "select application_id from qz_breach where kind = 'SERVICE_TERM'")).containsExactly(idB);
    String timerRuns = "select distinct hostname_ from act_hi_job_log where act_id_ = 'BoundaryEvent_StatutoryDeadline'"
        + " and job_state_ = 2";
    assertThat(column(dbA, timerRuns)).as("Almaty's timer ran on Almaty's engine").containsExactly(almaty.id);
    assertThat(column(dbB, timerRuns)).as("Astana's timer ran on Astana's engine").containsExactly(astana.id);
    assertThat(column(dbA, "select distinct hostname_ from act_hi_job_log")).containsExactly(almaty.id);
    assertThat(column(dbB, "select distinct hostname_ from act_hi_job_log")).containsExactly(astana.id);

    // The national SLA report, from either deployment: each region's figures and the sum; Shymkent named.
    for (NodeProcess door : List.of(almaty, astana)) {
      long asked = System.nanoTime();
      HttpResponse<String> answer = get(door, "/api/v1/sla/regions", OWNER);
      long slaMillis = (System.nanoTime() - asked) / 1_000_000;
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode report = read(answer.body());
      Map<String, JsonNode> byRegion = new LinkedHashMap<>();
      report.get("regions").forEach(region -> byRegion.put(region.get("region").asText(), region));
      assertThat(byRegion.keySet()).containsExactlyInAnyOrder(ALMATY, ASTANA, SHYMKENT);
      assertThat(byRegion.keySet().iterator().next()).as("this deployment's region first")
          .isEqualTo(door == almaty ? ALMATY : ASTANA);
      for (String region : List.of(ALMATY, ASTANA)) {
        JsonNode row = byRegion.get(region);
        assertThat(row.get("answered").asBoolean()).as(region).isTrue();
        assertThat(row.at("/total/open").asLong()).as(region + " open").isEqualTo(1);
        assertThat(row.at("/total/overdue").asLong()).as(region + " overdue").isEqualTo(1);
        assertThat(row.at("/total/breaches30Days").asLong()).as(region + " breaches").isEqualTo(1);
      }
      assertThat(byRegion.get(ALMATY).get("nameKk").asText()).isEqualTo("Алматы қаласы");
      assertThat(byRegion.get(SHYMKENT).get("answered").asBoolean()).isFalse();
      assertThat(byRegion.get(SHYMKENT).get("problem").asText()).startsWith("no report");
      assertThat(report.get("unanswered").toString()).isEqualTo("[\"" + SHYMKENT + "\"]");
      assertThat(report.at("/total/open").asLong()).isEqualTo(2);
      assertThat(report.at("/total/overdue").asLong()).isEqualTo(2);
      assertThat(report.at("/total/breaches30Days").asLong()).isEqualTo(2);
      assertThat(byRegion.get(ASTANA).at("/total/openComplaints").asLong()).isEqualTo(1);
      assertThat(byRegion.get(ALMATY).at("/total/openComplaints").asLong()).isZero();
      assertThat(report.at("/total/openComplaints").asLong()).isEqualTo(1);
      JsonNode s25 = null;
      for (JsonNode standard : report.get("standards")) {
        if (standard.path("number").asInt() == 25) {
          s25 = standard;
        }
      }
      assertThat(s25).isNotNull();
      assertThat(s25.get("open").asLong()).isEqualTo(2);
      assertThat(s25.get("breaches30Days").asLong()).isEqualTo(2);
      figure("national SLA report from " + door.id + " (one region not answering: connection refused)",
          slaMillis + " ms");
    }
    // The report keeps its readers: an integration client may not read it, here or through the regions.
    assertThat(get(almaty, "/api/v1/sla/regions", CLIENT).statusCode()).isEqualTo(403);

    // Nothing crossed: still one application, one process tree's business key, one breach per database.
    assertThat(column(dbA, "select id from qz_application")).containsExactly(idA);
    assertThat(column(dbB, "select id from qz_application")).containsExactly(idB);
    assertThat(dbA.count("select count(*) from qz_breach")).isEqualTo(1);
    assertThat(dbB.count("select count(*) from qz_breach")).isEqualTo(1);

    // What the hop costs: Almaty's submissions sent to Almaty, and sent to Astana which routes them.
    List<Long> direct = new ArrayList<>();
    List<Long> routed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      direct.add(timedSubmission(almaty, "regions-direct-" + i, 10 + i));
      routed.add(timedSubmission(astana, "regions-routed-" + i, 30 + i));
    }
    assertThat(dbA.count("select count(*) from qz_application")).isEqualTo(21);
    assertThat(dbB.count("select count(*) from qz_application")).isEqualTo(1);
    figure("submission to its own region, median of 10", median(direct) + " ms");
    figure("submission through the other region's deployment (routed), median of 10", median(routed) + " ms");
    findingAcrossRegions(dbA, dbB);
    System.out.println("regions-test figures:\n" + String.join("\n", figures));
    Files.writeString(work.resolve("figures.md"),
        "| figure | value |\n|---|---|\n" + String.join("\n", figures) + "\n");
  }

  /**
   * The calendar is national: a transfer in 2034 (a year the calendar knows by its rules only, Saturday
   * 22 April worked, Friday 28 April off) posted at Almaty is in both databases and both calendars, Shymkent
   * named; posted again at Astana it is Astana's 409, Almaty counted as having it, nothing doubled; revoked at
   * Astana it is revoked in both; a refused request (no reason, no right) is refused here and sent nowhere.
   */
  private void calendarAcrossRegions(ClusterDatabase dbA, ClusterDatabase dbB) {
    String transfer = """
        {"kind": "TRANSFER", "workingDay": "2034-04-22", "dayOff": "2034-04-28",
         "legalSource": "Regions test", "reason": "A day off moved, posted at one region"}""";
    String rows = "select count(*) from qz_calendar_correction";
    for (NodeProcess door : List.of(almaty, astana)) {
      JsonNode year = read(get(door, "/api/v1/calendar/2034", OWNER).body());
      assertThat(texts(year.path("daysOff"))).doesNotContain("2034-04-28");
      assertThat(texts(year.path("workingWeekendDays"))).doesNotContain("2034-04-22");
    }

    // Refused here, sent nowhere: no reason (400), a worker (403).
    HttpResponse<String> noReason = post(almaty, "/api/v1/calendar/corrections", OWNER,
        transfer.replace("\"reason\": \"A day off moved, posted at one region\"", "\"reason\": \" \""));
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(read(noReason.body()).path("regions").isMissingNode()).as(noReason.body()).isTrue();
    HttpResponse<String> worker = post(almaty, "/api/v1/calendar/corrections", WORKER, transfer);
    assertThat(worker.statusCode()).as(worker.body()).isEqualTo(403);
    assertThat(dbA.count(rows)).isZero();
    assertThat(dbB.count(rows)).isZero();

    // Posted at Almaty: Almaty's correction, Astana's as well, Shymkent named.
    long sent = System.nanoTime();
    HttpResponse<String> added = post(almaty, "/api/v1/calendar/corrections", OWNER, transfer);
    figure("calendar correction added at one region and sent to the other (Shymkent unreachable)",
        (System.nanoTime() - sent) / 1_000_000 + " ms");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode outcome = read(added.body());
    long almatyId = outcome.at("/correction/id").asLong();
    assertThat(outcome.at("/correction/dayOff").asText()).isEqualTo("2034-04-28");
    JsonNode toAstana = region(outcome, ASTANA);
    assertThat(toAstana.path("status").asText()).as(added.body()).isEqualTo("ADDED");
    assertThat(toAstana.path("nameRu").asText()).isEqualTo("город Астана");
    long astanaId = toAstana.path("correctionId").asLong();
    assertThat(astanaId).isPositive();
    // Astana counted its own running deadlines again, as Almaty did: none falls after the changed day.
    assertThat(toAstana.path("timersChecked").isInt()).as(added.body()).isTrue();
    assertThat(toAstana.path("timersChecked").asInt()).isEqualTo(outcome.path("timersChecked").asInt());
    assertThat(toAstana.path("timersMoved").asInt()).isZero();
    JsonNode toShymkent = region(outcome, SHYMKENT);
    assertThat(toShymkent.path("status").asText()).isEqualTo("UNANSWERED");
    assertThat(toShymkent.path("problem").asText()).startsWith("no answer");
    assertThat(outcome.path("regions").size()).isEqualTo(2);
    String active = "select count(*) from qz_calendar_correction where kind = 'TRANSFER' and day_off = date '2034-04-28'"
        + " and worked_day = date '2034-04-22' and revoked_at is null";
    assertThat(dbA.count(active)).isEqualTo(1);
    assertThat(dbB.count(active)).isEqualTo(1);
    assertThat(dbB.count("select count(*) from qz_calendar_correction where id = ? and created_by = ?", astanaId,
        OWNER)).as("Astana's row, made with the caller's own credentials").isEqualTo(1);
    for (NodeProcess door : List.of(almaty, astana)) {
      JsonNode year = read(get(door, "/api/v1/calendar/2034", OWNER).body());
      assertThat(texts(year.path("daysOff"))).as(door.id).contains("2034-04-28");
      assertThat(texts(year.path("workingWeekendDays"))).as(door.id).contains("2034-04-22");
      // Thursday 27 April plus one working day: Friday 28 is off now, Saturday 29 and Sunday 30 too, 1 May a
      // holiday, so Tuesday 2 May.
      JsonNode term = read(get(door, "/api/v1/calendar/add-working-days?from=2034-04-27&days=1", OWNER).body());
      assertThat(term.path("date").asText()).as(door.id + ": " + term).isEqualTo("2034-05-02");
    }

    // The same again at Astana: already there (409), Almaty has it too; nothing doubles.
    HttpResponse<String> again = post(astana, "/api/v1/calendar/corrections", OWNER, transfer);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(region(read(again.body()), ALMATY).path("status").asText()).as(again.body()).isEqualTo("ALREADY");
    assertThat(region(read(again.body()), SHYMKENT).path("status").asText()).isEqualTo("UNANSWERED");
    assertThat(dbA.count(rows)).isEqualTo(1);
    assertThat(dbB.count(rows)).isEqualTo(1);

    // Revoked at Astana by Astana's id: found at Almaty by its kind and days, revoked there by Almaty's id.
    HttpResponse<String> revoked = post(astana, "/api/v1/calendar/corrections/" + astanaId + "/revoke", OWNER,
        "{\"reason\": \"Posted in the regions test\"}");
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    JsonNode atAlmaty = region(read(revoked.body()), ALMATY);
    assertThat(atAlmaty.path("status").asText()).as(revoked.body()).isEqualTo("REVOKED");
    assertThat(atAlmaty.path("correctionId").asLong()).isEqualTo(almatyId);
    assertThat(atAlmaty.path("timersChecked").isInt()).isTrue();
    assertThat(region(read(revoked.body()), SHYMKENT).path("status").asText()).isEqualTo("UNANSWERED");
    String revokedRow = "select count(*) from qz_calendar_correction where revoked_at is not null"
        + " and revoke_reason = 'Posted in the regions test'";
    assertThat(dbA.count(revokedRow)).isEqualTo(1);
    assertThat(dbB.count(revokedRow)).isEqualTo(1);
    assertThat(dbA.count(active)).isZero();
    assertThat(dbB.count(active)).isZero();
    for (NodeProcess door : List.of(almaty, astana)) {
      JsonNode year = read(get(door, "/api/v1/calendar/2034", OWNER).body());
      assertThat(texts(year.path("daysOff"))).as(door.id).doesNotContain("2034-04-28");
      assertThat(texts(year.path("workingWeekendDays"))).as(door.id).doesNotContain("2034-04-22");
    }
    // Revoked again at Almaty: Almaty's 409, Astana's already revoked.
    HttpResponse<String> twice = post(almaty, "/api/v1/calendar/corrections/" + almatyId + "/revoke", OWNER,
        "{\"reason\": \"Posted in the regions test\"}");
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    assertThat(region(read(twice.body()), ASTANA).path("status").asText()).as(twice.body())
        .isEqualTo("ALREADY_REVOKED");
    assertThat(region(read(twice.body()), ASTANA).path("correctionId").asLong()).isEqualTo(astanaId);
  }

  private static JsonNode region(JsonNode outcome, String code) {
    for (JsonNode region : outcome.path("regions")) {
      if (code.equals(region.path("region").asText())) {
        return region;
      }
    }
    throw new AssertionError("No outcome for region " + code + " in " + outcome);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  /**
   * One search at either deployment finds both regions' applications, merged by the sort over pages,
   * each region asked with the caller's credentials (an integration client finds its own, a process
   * owner sees every applicant masked); {@code region} asks one region; Shymkent is named as unanswered.
   */
  private void findingAcrossRegions(ClusterDatabase dbA, ClusterDatabase dbB) {
    // Yesterday in Almaty (within the backdating window): the day no other application of the test was submitted.
    LocalDate day = LocalDate.now(ASIA_ALMATY).minusDays(1);
    Map<String, String> id = new LinkedHashMap<>();
    id.put("a1", submitted(astana, CLIENT, ALMATY, "search-a1", 50, day, "09:00"));
    id.put("b1", submitted(almaty, CLIENT, ASTANA, "search-b1", 51, day, "09:10"));
    id.put("a2", submitted(almaty, CLIENT, ALMATY, "search-a2", 52, day, "09:20"));
    id.put("b2", submitted(astana, CLIENT, ASTANA, "search-b2", 53, day, "09:20"));
    id.put("a3", submitted(almaty, CLIENT, ALMATY, "search-a3", 54, day, "09:40"));
    id.put("b3", submitted(astana, CLIENT, ASTANA, "search-b3", 55, day, "09:50"));
    // A worker's submissions: not the integration client's.
    id.put("a4", submitted(almaty, WORKER, ALMATY, "search-a4", 56, day, "09:30"));
    id.put("b4", submitted(astana, WORKER, ASTANA, "search-b4", 57, day, "09:05"));
    String filter = "/api/v1/applications?submittedFrom=" + day + "&submittedTo=" + day;

    for (NodeProcess door : List.of(almaty, astana)) {
      // Newest first; a2 and b2 at the same moment: by id, descending (75-… before 71-…).
      JsonNode first = found(door, filter + "&size=4", CLIENT);
      assertThat(ids(first)).as(door.id).containsExactly(id.get("b3"), id.get("a3"), id.get("a2"), id.get("b2"));
      assertThat(first.get("hasNext").asBoolean()).isTrue();
      assertThat(first.get("regionsUnanswered").toString()).isEqualTo("[\"" + SHYMKENT + "\"]");
      JsonNode second = found(door, filter + "&size=4&page=1", CLIENT);
      assertThat(ids(second)).as(door.id).containsExactly(id.get("b1"), id.get("a1"));
      assertThat(second.get("hasNext").asBoolean()).isFalse();
      assertThat(second.get("page").asInt()).isEqualTo(1);
      // Oldest first: the tie by id, ascending.
      JsonNode oldest = found(door, filter + "&size=4&sort=submittedAt,asc", CLIENT);
      assertThat(ids(oldest)).containsExactly(id.get("a1"), id.get("b1"), id.get("b2"), id.get("a2"));
      assertThat(oldest.get("hasNext").asBoolean()).isTrue();
      // The client's own applications are whole, as each region gives them.
      assertThat(first.at("/items/0/applicant/iin").asText()).isEqualTo(iin(55));

      // A worker finds everyone's, in both regions; a process owner too, every applicant masked by its region.
      JsonNode all = found(door, filter + "&size=5&page=1", WORKER);
      assertThat(ids(all)).containsExactly(id.get("b1"), id.get("b4"), id.get("a1"));
      assertThat(ids(found(door, filter + "&size=5", WORKER))).containsExactly(id.get("b3"),
          id.get("a3"), id.get("a4"), id.get("a2"), id.get("b2"));
      JsonNode masked = found(door, filter + "&size=8", OWNER);
      assertThat(ids(masked)).hasSize(8);
      masked.get("items").forEach(item -> assertThat(item.at("/applicant/iin").asText()).startsWith("********"));

      // One region: Astana's alone, asked of Astana only (no region unanswered).
      JsonNode astanas = found(door, filter + "&region=" + ASTANA, CLIENT);
      assertThat(ids(astanas)).containsExactly(id.get("b3"), id.get("b2"), id.get("b1"));
      assertThat(astanas.has("regionsUnanswered")).as(astanas.toString()).isFalse();
      JsonNode shymkent = found(door, filter + "&region=" + SHYMKENT, CLIENT);
      assertThat(shymkent.get("items")).isEmpty();
      assertThat(shymkent.get("regionsUnanswered").toString()).isEqualTo("[\"" + SHYMKENT + "\"]");
    }
    // Checked here first, nothing sent on: this deployment's own 400, naming the parameter.
    for (String query : List.of("&region=99", "&region=75&region=71", "&page=100&size=100")) {
      HttpResponse<String> bad = get(almaty, filter + query, CLIENT);
      assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
      assertThat(bad.headers().firstValue("Qyzmet-Region")).contains(ALMATY);
      assertThat(read(bad.body()).get("field").asText()).isEqualTo(query.contains("page") ? "page" : "region");
    }

    // Deep pages: 120 of Astana's and 30 of Almaty's on one day, a minute apart, interleaved for the first hour.
    LocalDate deep = day.minusYears(1);
    insertApplications(dbB, ASTANA, deep, 120, 0);
    insertApplications(dbA, ALMATY, deep, 30, 1);
    String deepFilter = "/api/v1/applications?sort=submittedAt,asc&size=60&submittedFrom=" + deep
        + "&submittedTo=" + deep;
    List<String> seen = new ArrayList<>();
    List<Boolean> more = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      long asked = System.nanoTime();
      JsonNode answer = found(almaty, deepFilter + "&page=" + page, CLIENT);
      figure("search across 3 regions from Almaty, page " + page + " of 60 (Astana asked " + (page == 0 ? 1 : 2)
          + " page(s))", (System.nanoTime() - asked) / 1_000_000 + " ms");
      seen.addAll(ids(answer));
      more.add(answer.get("hasNext").asBoolean());
    }
    List<String> expected = new ArrayList<>();
    for (int minute = 0; minute < 240; minute++) {
      if (minute % 2 == 0) {
        expected.add(deepId(ASTANA, deep, minute / 2));
      } else if (minute < 60) {
        expected.add(deepId(ALMATY, deep, minute / 2));
      }
    }
    assertThat(seen).hasSize(150).isEqualTo(expected);
    assertThat(more).containsExactly(true, true, false);
  }

  /** {@code count} applications of the integration client in a region, one every two minutes from 10:00 (+ offset). */
  private static void insertApplications(ClusterDatabase db, String region, LocalDate day, int count, int offset) {
    long made = db.count("""
        with made as (
          insert into qz_application (id, standard_number, process_key, channel, status, applicant_iin, applicant_name,
            submitted_at, due_at, original_due_at, created_at, created_by, external_id)
          select ? || lpad(n::text, 8, '0'), 25, 'search-test', 'provider', 'IN_REVIEW', ?, 'Іздеуова Сәуле',
            ?::timestamptz + (2 * n + ?) * interval '1 minute', ?::timestamptz + interval '1 day',
            ?::timestamptz + interval '1 day', now(), ?, ? || n
          from generate_series(0, ? - 1) n
          returning 1)
        select count(*) from made""", region + "-S25-" + day.toString().replace("-", "") + "-", iin(60),
        day + "T10:00:00+05:00", offset, day + "T10:00:00+05:00", day + "T10:00:00+05:00", CLIENT,
        "search-deep-" + region + "-", count);
    assertThat(made).isEqualTo(count);
  }

  private static String deepId(String region, LocalDate day, int n) {
    return region + "-S25-" + day.toString().replace("-", "") + "-" + String.format("%08d", n);
  }

  private String submitted(NodeProcess door, String user, String region, String externalId, int person,
      LocalDate day, String time) {
    Instant at = day.atTime(LocalTime.parse(time)).atZone(ASIA_ALMATY).toInstant();
    HttpResponse<String> answer = post(door, "/api/v1/applications", user, submission(region, externalId, person,
        at.plus(TERM)));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    String id = read(answer.body()).get("id").asText();
    assertThat(id).startsWith(region + "-");
    return id;
  }

  private JsonNode found(NodeProcess door, String path, String user) {
    HttpResponse<String> answer = get(door, path, user);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return read(answer.body());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  // ---------------------------------------------------------------------------------------------

  private long timedSubmission(NodeProcess door, String externalId, int person) {
    long start = System.nanoTime();
    HttpResponse<String> answer = post(door, "/api/v1/applications", CLIENT, submission(ALMATY, externalId, person));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(read(answer.body()).get("id").asText()).startsWith(ALMATY + "-");
    return millis;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private String submission(String region, String externalId, int person) {
    return submission(region, externalId, person, Instant.now().plus(TERM));
  }

  /** Standard 25 at the provider, handed in {@link #TERM} before {@code due}. */
  private static String submission(String region, String externalId, int person, Instant due) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("standard", 25);
    body.put("channel", "provider");
    body.put("applicant", Map.of("iin", iin(person), "fullName", "Аймақ Сынақ"));
    body.put("documents", List.of("identity_document"));
    body.put("submittedAt", due.minus(TERM).atOffset(ZoneOffset.UTC).toString());
    body.put("externalId", externalId);
    if (region != null) {
      body.put("region", region);
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The n-th IIN of someone born on 12 March 1985 whose control digit exists. */
  private static String iin(int n) {
    int found = 0;
    for (int serial = 0; serial < 10_000; serial++) {
      String first11 = "8503123" + String.format("%04d", serial);
      Integer control = IinNumber.controlDigit(first11 + "0");
      if (control != null && found++ == n) {
        return first11 + control;
      }
    }
    throw new IllegalStateException("no IIN " + n);
  }

  private HttpResponse<String> post(NodeProcess node, String path, String user, String json) {
    return send(request(node, path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private HttpResponse<String> get(NodeProcess node, String path, String user) {
    return send(request(node, path, user).GET().build());
  }

  private static HttpRequest.Builder request(NodeProcess node, String path, String user) {
    String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, application/problem+json").header("Authorization", "Basic " + token);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status, String reason) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode problem = read(response.body());
    assertThat(problem.get("field").asText()).isEqualTo("region");
    assertThat(problem.get("reason").asText()).isEqualTo(reason);
  }

  private static List<String> column(ClusterDatabase db, String sql) {
    return db.query(sql).stream().map(row -> String.valueOf(row.values().iterator().next())).toList();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }

  private void figure(String what, String value) {
    figures.add("| " + what + " | " + value + " |");
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }

  private static void awaitUntil(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        fail("Not within " + timeout + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  @AfterAll
  void stop() {
    for (NodeProcess node : new NodeProcess[] {almaty, astana}) {
      if (node != null && node.alive()) {
        node.stop(Duration.ofSeconds(30));
      }
    }
  }
}
