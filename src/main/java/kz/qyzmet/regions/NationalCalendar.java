package kz.qyzmet.regions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import kz.qyzmet.calendar.CalendarCorrection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar is national law, its corrections stored per deployment (docs/calendar.md,
 * "Regions"): a correction added or revoked at one deployment (not one a router sent here) is then
 * made at every other region's deployment listed in {@code qyzmet.regions.deployments}, all at once,
 * with the caller's own credentials (each checks its rights again), marked as routed so that it stays
 * there, and with the request's correlation id. What this deployment did stands whatever the others
 * answer: a region that did not take it is named, and posting the same again completes it (a region
 * that has it answers 409, counted as having it).
 */
@Service
public class NationalCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(NationalCalendar.class);
  private static final String CORRECTIONS = "/api/v1/calendar/corrections";

  /** What became of the correction (or its revocation) at one region's deployment. */
  public enum Status {
    /** Added there now. */
    ADDED,
    /** Already in its calendar (it answered 409): it has it. */
    ALREADY,
    /** Revoked there now. */
    REVOKED,
    /** The same correction there was already revoked. */
    ALREADY_REVOKED,
    /** No such correction there: nothing to revoke. */
    NOT_FOUND,
    /** It answered, but not with the correction: {@code problem} gives its status and why. */
    REFUSED,
    /** No answer in time: {@code problem} says why. */
    UNANSWERED
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(description = "What became of the correction at another region's deployment; every status but ADDED, "
      + "ALREADY, REVOKED and ALREADY_REVOKED means the region's calendar differs: send the same request again")
  public record RegionOutcome(
      @Schema(example = "71") String region,
      @Schema(example = "Астана қаласы") String nameKk,
      @Schema(example = "город Астана") String nameRu,
      Status status,
      @Schema(description = "The correction's id in that region's deployment") Long correctionId,
      @Schema(description = "There: running deadlines checked") Integer timersChecked,
      @Schema(description = "There: running deadlines moved") Integer timersMoved,
      @Schema(description = "Why it is not there: the status answered and its detail, or no answer") String problem) {

    static RegionOutcome of(String code, Status status, Long correctionId, JsonNode outcome, String problem) {
      Region region = Region.ofCode(code).orElseThrow();
      boolean counted = outcome != null && outcome.has("timersChecked");
      return new RegionOutcome(code, region.nameKk(), region.nameRu(), status, correctionId,
          counted ? outcome.get("timersChecked").asInt() : null, counted ? outcome.get("timersMoved").asInt() : null,
          problem);
    }
  }

  private final RegionProperties regions;
  private final RegionClient client;
  private final ObjectMapper json;

  public NationalCalendar(RegionProperties regions, RegionClient client, ObjectMapper json) {
    this.regions = regions;
    this.client = client;
    this.json = json;
  }

  /** Whether a correction made here goes on to the other regions: they are listed and no router sent it here. */
  public boolean sendsOn(boolean routedHere) {
    return !routedHere && !regions.deployments().isEmpty();
  }

  /** The correction's request, as it came, posted to every other region. */
  public List<RegionOutcome> add(String body, String authorization, String correlationId) {
    return each(base -> client.post(base, CORRECTIONS, body, authorization, correlationId)
        .thenApply(response -> added(response)));
  }

  /** The same correction found in every other region (active, by kind and dates) and revoked there by its id. */
  public List<RegionOutcome> revoke(CalendarCorrection correction, String reason, String authorization,
      String correlationId) {
    String body;
    try {
      body = json.writeValueAsString(Map.of("reason", reason));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return each(base -> client.get(base, CORRECTIONS, authorization, correlationId).thenCompose(listed -> {
      if (listed.statusCode() != 200) {
        return CompletableFuture.completedFuture(refused(listed));
      }
      JsonNode list = read(listed.body());
      Optional<JsonNode> active = same(list, correction, true);
      if (active.isEmpty()) {
        Optional<JsonNode> revoked = same(list, correction, false);
        return CompletableFuture.completedFuture(revoked.isPresent()
            ? new Answer(Status.ALREADY_REVOKED, revoked.get().get("id").asLong(), null, null)
            : new Answer(Status.NOT_FOUND, null, null, "No such active correction there"));
      }
      long id = active.get().get("id").asLong();
      return client.post(base, CORRECTIONS + "/" + id + "/revoke", body, authorization, correlationId)
          .thenApply(response -> switch (response.statusCode()) {
            case 200 -> new Answer(Status.REVOKED, id, read(response.body()), null);
            case 409 -> new Answer(Status.ALREADY_REVOKED, id, null, null);
            default -> refused(response);
          });
    }));
  }

  /**
   * The correction in a region's list that is the same as {@code correction}: the same kind and days
   * (Kurban Ait's date; a transfer's day worked and day off), in force or (when not {@code active}) revoked.
   */
  static Optional<JsonNode> same(JsonNode list, CalendarCorrection correction, boolean active) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(c -> correction.kind().name().equals(c.path("kind").asText()))
        .filter(c -> correction.kind() == CalendarCorrection.Kind.TRANSFER
            ? correction.dayOff().toString().equals(c.path("dayOff").asText())
                && correction.workingDay().toString().equals(c.path("workingDay").asText())
            : correction.dayOff().toString().equals(c.path("date").asText()))
        .filter(c -> active == (c.path("revokedAt").isMissingNode() || c.path("revokedAt").isNull()))
        .findFirst();
  }

  /** A region's answer, before it is named. */
  private record Answer(Status status, Long correctionId, JsonNode outcome, String problem) {}

  private List<RegionOutcome> each(Function<URI, CompletableFuture<Answer>> ask) {
    Map<String, CompletableFuture<Answer>> asked = new LinkedHashMap<>();
    regions.deployments().forEach((code, base) -> {
      try {
        asked.put(code, ask.apply(base));
      } catch (RuntimeException e) {
        asked.put(code, CompletableFuture.failedFuture(e));
      }
    });
    List<RegionOutcome> outcomes = new ArrayList<>();
    asked.forEach((code, answer) -> {
      try {
        Answer a = answer.join();
        outcomes.add(RegionOutcome.of(code, a.status(), a.correctionId(), a.outcome(), a.problem()));
      } catch (RuntimeException failure) {
        String why = RegionClient.reason(failure);
        LOG.warn("Region {} did not answer a correction of the calendar: {}", code, why);
        outcomes.add(RegionOutcome.of(code, Status.UNANSWERED, null, null, "no answer: " + why));
      }
    });
    return outcomes;
  }

  private Answer added(HttpResponse<String> response) {
    return switch (response.statusCode()) {
      case 201 -> {
        JsonNode outcome = read(response.body());
        yield new Answer(Status.ADDED, outcome.at("/correction/id").asLong(), outcome, null);
      }
      case 409 -> new Answer(Status.ALREADY, null, null, null);
      default -> refused(response);
    };
  }

  private Answer refused(HttpResponse<String> response) {
    String detail = null;
    try {
      detail = json.readTree(response.body()).path("detail").asText(null);
    } catch (IOException | RuntimeException e) {
      // Not a problem+json: the status alone says it.
    }
    return new Answer(Status.REFUSED, null, null, "answered " + response.statusCode()
        + (detail == null ? "" : ": " + detail));
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
