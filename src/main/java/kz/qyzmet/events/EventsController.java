package kz.qyzmet.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.FieldProblem;
import kz.qyzmet.api.StrictJson;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.events.DeadLetters.Delivery;
import kz.qyzmet.events.EventSubscriptions.Subscription;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Event subscriptions of integration clients, and the dead-letter list of their deliveries (docs/events.md). */
@RestController
@Tag(name = "Events", description = "Events of applications pushed to a client's callback URL: signed, at least "
    + "once, in order per application (docs/events.md). Subscriptions: integration clients (their own) and "
    + "administrators (all); dead letters and replay: administrators.")
public class EventsController {

  static final int MAX_SUBSCRIPTIONS_PER_CLIENT = 20;
  static final int MAX_URL = 2000;
  static final int MAX_DESCRIPTION = 200;

  @Schema(description = "A subscription to events")
  public record SubscriptionRequest(
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "Where events are posted: https, or http to "
          + "localhost only (qyzmet.events.plain-http-hosts); no user info, no fragment; up to 2000 characters",
          example = "http://localhost:9000/qyzmet-events") String callbackUrl,
      @Schema(description = "Event types wanted; omitted: every type", example = "[\"application.registered\"]")
      List<String> eventTypes,
      @Schema(description = "Standard numbers wanted; omitted: every standard", example = "[2]") List<Integer> standards,
      @Schema(description = "Only applications this client submitted (default false)") Boolean ownSubmissionsOnly,
      @Schema(description = "Up to 200 characters, for the client's own use") String description) {}

  @Schema(description = "A subscription; the secret is shown only in the answer that created it")
  public record SubscriptionView(String id, String owner, String callbackUrl, List<String> eventTypes,
      List<Integer> standards, boolean ownSubmissionsOnly, String description, OffsetDateTime createdAt,
      @Schema(description = "HMAC-SHA256 key of the Qyzmet-Signature header; returned once, at creation")
      String secret, Long pendingDeliveries, Long deliveredDeliveries, Long parkedDeliveries) {}

  private final EventSubscriptions subscriptions;
  private final DeadLetters deadLetters;
  private final EventsProperties properties;
  private final StandardsCatalog catalog;
  private final StrictJson json;
  private final ApiRights rights;
  private final ApiTime time;

  public EventsController(EventSubscriptions subscriptions, DeadLetters deadLetters, EventsProperties properties,
      StandardsCatalog catalog, StrictJson json, ApiRights rights, ApiTime time) {
    this.time = time;
    this.subscriptions = subscriptions;
    this.deadLetters = deadLetters;
    this.properties = properties;
    this.catalog = catalog;
    this.json = json;
    this.rights = rights;
  }

  @PostMapping(path = "/api/v1/subscriptions", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "createSubscription",
      summary = "Subscribe a callback URL to events", description = "The answer carries the subscription's "
      + "secret, once: keep it to verify the Qyzmet-Signature of every delivery. Events written from now on are "
      + "delivered; earlier ones are not.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SubscriptionRequest.class),
      examples = @ExampleObject(name = "portal", value = """
          {"callbackUrl": "http://localhost:9000/qyzmet-events",
           "eventTypes": ["application.registered", "application.documents-requested", "application.decided"],
           "standards": [2], "ownSubmissionsOnly": true, "description": "Portal cabinet"}""")))
  @ApiResponse(responseCode = "201", description = "Subscribed; the secret is in this answer only",
      headers = @Header(name = "Location", description = "/api/v1/subscriptions/{id}",
          schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "400", description = "callbackUrl missing, not https (or http to a host other than "
      + "localhost), an unknown event type or standard", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "Not an integration client or administrator",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", description = "The client has " + MAX_SUBSCRIPTIONS_PER_CLIENT
      + " subscriptions already", content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "413", description = "The body is longer than 100 000 characters")
  public ResponseEntity<SubscriptionView> subscribe(@RequestBody(required = false) String body) {
    String user = rights.require(Right.SUBSCRIBE);
    SubscriptionRequest request = json.read(body, SubscriptionRequest.class);
    List<FieldProblem> problems = new ArrayList<>();
    String url = callbackUrl(request.callbackUrl(), problems);
    List<String> types = eventTypes(request.eventTypes(), problems);
    List<Integer> standards = standards(request.standards(), problems);
    String description = request.description() == null || request.description().isBlank() ? null
        : request.description().trim();
    if (description != null && description.length() > MAX_DESCRIPTION) {
      problems.add(new FieldProblem("description", "too-long", "description has at most " + MAX_DESCRIPTION
          + " characters"));
    }
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, problems);
    }
    if (subscriptions.count(user) >= MAX_SUBSCRIPTIONS_PER_CLIENT) {
      throw ApiException.conflict("callbackUrl", "User " + user + " has " + MAX_SUBSCRIPTIONS_PER_CLIENT
          + " subscriptions already: delete one first");
    }
    Subscription created = subscriptions.create(user, url, types, standards,
        Boolean.TRUE.equals(request.ownSubmissionsOnly()), description, Instant.now().atOffset(ZoneOffset.UTC));
    return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.id()))
        .body(view(created, true));
  }

  @GetMapping(path = "/api/v1/subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listSubscriptions",
      summary = "The caller's subscriptions (an administrator: every client's)")
  @ApiResponse(responseCode = "200", description = "The subscriptions, oldest first, without their secrets")
  @ApiResponse(responseCode = "403", description = "Not an integration client or administrator",
      content = @Content(mediaType = "application/problem+json"))
  public List<SubscriptionView> subscriptions() {
    String user = rights.require(Right.SUBSCRIBE);
    return subscriptions.list(rights.has(Right.ADMINISTER_EVENTS) ? null : user).stream()
        .map(s -> view(s, false)).toList();
  }

  @GetMapping(path = "/api/v1/subscriptions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getSubscription",
      summary = "One subscription, with how its deliveries stand")
  @ApiResponse(responseCode = "200", description = "The subscription, without its secret")
  @ApiResponse(responseCode = "403", description = "Not an integration client or administrator",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "No such subscription of the caller's",
      content = @Content(mediaType = "application/problem+json"))
  public SubscriptionView subscription(@PathVariable("id") @Parameter(description = "The subscription's id, as its "
      + "creation answered it") String id) {
    return view(own(id), false);
  }

  @DeleteMapping(path = "/api/v1/subscriptions/{id}")
  @Operation(operationId = "deleteSubscription",
      summary = "Unsubscribe", description = "Nothing more is sent to the callback, not even what is pending.")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(responseCode = "403", description = "Not an integration client or administrator",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "No such subscription of the caller's",
      content = @Content(mediaType = "application/problem+json"))
  public ResponseEntity<Void> unsubscribe(@PathVariable("id") @Parameter(description = "The subscription's id")
      String id) {
    subscriptions.delete(own(id).id());
    return ResponseEntity.noContent().build();
  }

  @GetMapping(path = "/api/v1/event-deliveries/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listDeadLetters",
      summary = "Deliveries parked after their last attempt (administrators)", description = "Oldest first, "
      + "up to 500. A parked delivery holds back the later events of its application to its subscription.")
  @ApiResponse(responseCode = "200", description = "The parked deliveries")
  @ApiResponse(responseCode = "403", description = "Not an administrator",
      content = @Content(mediaType = "application/problem+json"))
  public List<Delivery> deadLetters() {
    rights.require(Right.ADMINISTER_EVENTS);
    return deadLetters.parked(500).stream().map(this::local).toList();
  }

  @PostMapping(path = "/api/v1/event-deliveries/{id}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "replayDelivery",
      summary = "Replay a parked delivery (administrators)", description = "Back in line at once with a fresh "
      + "count of attempts; the events of its application held back behind it follow in order.")
  @ApiResponse(responseCode = "202", description = "Queued again (status PENDING)")
  @ApiResponse(responseCode = "403", description = "Not an administrator",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "No such delivery",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", description = "The delivery is not parked",
      content = @Content(mediaType = "application/problem+json"))
  public ResponseEntity<Delivery> replay(@PathVariable("id") @Parameter(description = "A parked delivery's id, from "
      + "GET /api/v1/event-deliveries/dead-letters") String id) {
    rights.require(Right.ADMINISTER_EVENTS);
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("id", "No event delivery " + id);
    }
    Delivery delivery = deadLetters.find(number).orElseThrow(() -> ApiException.notFound("id",
        "No event delivery " + id));
    if (!deadLetters.replay(number)) {
      throw ApiException.conflict("id", "Event delivery " + id + " is " + delivery.status() + ", not PARKED");
    }
    return ResponseEntity.accepted().body(local(deadLetters.find(number).orElseThrow()));
  }

  private Subscription own(String id) {
    String user = rights.require(Right.SUBSCRIBE);
    return (id == null || id.length() > 40 ? Optional.<Subscription>empty() : subscriptions.find(id))
        .filter(s -> s.owner().equals(user) || rights.has(Right.ADMINISTER_EVENTS))
        .orElseThrow(() -> ApiException.notFound("id", "No subscription " + id));
  }

  private SubscriptionView view(Subscription s, boolean withSecret) {
    EventSubscriptions.Counts counts = withSecret ? null : subscriptions.counts(s.id());
    return new SubscriptionView(s.id(), s.owner(), s.callbackUrl(), s.eventTypes(), s.standards(), s.ownOnly(),
        s.description(), time.moment(s.createdAt()), withSecret ? s.secret() : null, counts == null ? null : counts.pending(),
        counts == null ? null : counts.delivered(), counts == null ? null : counts.parked());
  }

  /** Times as everywhere in /api/v1: with the offset of Asia/Almaty. */
  private Delivery local(Delivery d) {
    return new Delivery(d.id(), d.status(), d.eventId(), d.eventType(), d.applicationId(), d.sequence(),
        d.subscriptionId(), d.owner(), d.callbackUrl(), d.attempts(), d.lastStatus(), d.lastError(),
        time.moment(d.lastAttemptAt()), time.moment(d.parkedAt()), time.moment(d.nextAttemptAt()));
  }

  private String callbackUrl(String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem("callbackUrl", "required", "callbackUrl is required"));
      return null;
    }
    if (value.length() > MAX_URL) {
      problems.add(new FieldProblem("callbackUrl", "too-long", "callbackUrl has at most " + MAX_URL + " characters"));
      return null;
    }
    if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c > 0x7e)) {
      problems.add(new FieldProblem("callbackUrl", "format",
          "callbackUrl has a space, a control or a non-ASCII character: encode it"));
      return null;
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (Exception e) {
      problems.add(new FieldProblem("callbackUrl", "format", "callbackUrl is not a URL"));
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      problems.add(new FieldProblem("callbackUrl", "format",
          "callbackUrl must be an absolute https URL with a host, and no user info or fragment"));
      return null;
    }
    if (scheme.equals("http") && !properties.getPlainHttpHosts().contains(host)) {
      problems.add(new FieldProblem("callbackUrl", "https-required", "Events are posted over https; plain http "
          + "only to " + String.join(", ", properties.getPlainHttpHosts())));
      return null;
    }
    return uri.toString();
  }

  private static List<String> eventTypes(List<String> values, List<FieldProblem> problems) {
    if (values == null) {
      return List.of();
    }
    if (values.isEmpty()) {
      problems.add(new FieldProblem("eventTypes", "empty", "Omit eventTypes for every type, or name at least one"));
      return List.of();
    }
    List<String> types = new ArrayList<>();
    for (String value : values) {
      if (value == null || EventType.byCode(value).isEmpty()) {
        problems.add(new FieldProblem("eventTypes", "unknown", "Unknown event type " + value + "; known: "
            + String.join(", ", Arrays.stream(EventType.values()).map(EventType::code).toList())));
      } else if (!types.contains(value)) {
        types.add(value);
      }
    }
    return types;
  }

  private List<Integer> standards(List<Integer> values, List<FieldProblem> problems) {
    if (values == null) {
      return List.of();
    }
    if (values.isEmpty()) {
      problems.add(new FieldProblem("standards", "empty", "Omit standards for every standard, or name at least one"));
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    for (Integer value : values) {
      if (value == null || catalog.byNumber(value).isEmpty()) {
        problems.add(new FieldProblem("standards", "unknown", "No standard " + value));
      } else if (!numbers.contains(value)) {
        numbers.add(value);
      }
    }
    return numbers;
  }
}
