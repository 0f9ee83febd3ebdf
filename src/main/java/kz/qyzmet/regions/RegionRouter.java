package kz.qyzmet.regions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.api.ApiProblems;
import kz.qyzmet.api.FieldProblem;
import kz.qyzmet.security.ReadableBody;
import kz.qyzmet.system.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one API in front of the regions (docs/scale.md): a mode of {@code /api/v1/applications}, no
 * path of its own. A submission names its region ({@code "region": "75"}); a request about an
 * application or a complaint finds its region in the id's prefix ({@code 75-S02-…},
 * {@code 75-C-S02-…}). A request for a region served by another deployment is sent there as it came,
 * with the caller's own credentials, and its answer is passed back as it is; everything else goes on
 * to this deployment's controllers. Runs after Spring Security: the caller has signed in here; the
 * region checks the credentials and the rights again, where the data is.
 */
public class RegionRouter extends OncePerRequestFilter {

  /** Set on a request a router sent on: a region never sends it further (no loops). */
  public static final String ROUTED_BY = "Qyzmet-Routed-By";
  /** On every answer of a deployment with a region: which region answered. */
  public static final String REGION_HEADER = "Qyzmet-Region";
  static final String APPLICATIONS = "/api/v1/applications";
  /** An application or a complaint of a regional deployment: its id starts with the region's code. */
  private static final Pattern BY_ID = Pattern.compile(
      "^/api/v1/(?:applications|complaints)/(\\d{2})-[^/]+(/.*)?$");
  /** The submission's own limit is 100 000 characters (413): a longer body is left to it. */
  private static final long LARGEST_READ = 400_000;
  private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept",
      "Accept-Language");
  /** The region's own headers that say what the answer is and how to treat it (a case file's nosniff too). */
  private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "Location", "Idempotent-Replay",
      "Retry-After", "Content-Disposition", "Cache-Control", "X-Content-Type-Options", "X-Correlation-Id",
      "Qyzmet-Node", REGION_HEADER);
  private static final Logger LOG = LoggerFactory.getLogger(RegionRouter.class);

  private final RegionProperties regions;
  private final ObjectMapper json;
  private final HttpClient http;

  public RegionRouter(RegionProperties regions, ObjectMapper json, HttpClient http) {
    this.regions = regions;
    this.json = json;
    this.http = http;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    regions.ownRegion().ifPresent(own -> response.setHeader(REGION_HEADER, own.code()));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(APPLICATIONS) && "POST".equals(request.getMethod())
        && request.getContentLengthLong() <= LARGEST_READ && isJson(request)) {
      // A body of unstated length is read up to the limit, never further.
      byte[] bytes = request.getInputStream().readNBytes((int) LARGEST_READ + 1);
      if (bytes.length > LARGEST_READ) {
        problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, new FieldProblem("body", "too-long",
            "The body is longer than 400 000 bytes (a submission takes at most 100 000 characters)"));
        return;
      }
      ReadableBody body = new ReadableBody(request, bytes);
      Optional<Region> region;
      try {
        region = regionOf(body.bytes());
      } catch (RegionProblem problem) {
        problem(request, response, HttpStatus.BAD_REQUEST, problem.problem);
        return;
      }
      if (region.isPresent() && regions.elsewhere(region.get()).isPresent()) {
        route(request, response, region.get(), path, HttpRequest.BodyPublishers.ofByteArray(bytes));
        return;
      }
      chain.doFilter(body, response);
      return;
    }
    Matcher one = BY_ID.matcher(path);
    if (one.matches()) {
      Optional<Region> region = Region.ofCode(one.group(1));
      if (region.isPresent() && regions.elsewhere(region.get()).isPresent()) {
        // Streamed as it comes (a case file's scan may be megabytes), of the stated length when there is one.
        long length = request.getContentLengthLong();
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
          try {
            return request.getInputStream();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        route(request, response, region.get(), path, length > 0 ? HttpRequest.BodyPublishers.fromPublisher(stream,
            length) : chunked ? stream : HttpRequest.BodyPublishers.noBody());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The submission's region: required once regions are set up, a region's KATO code. Empty when
   * regions are not set up and none is named. A body that is not JSON is left to the controller.
   */
  private Optional<Region> regionOf(byte[] body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (IOException notJson) {
      return Optional.empty();
    }
    JsonNode value = node == null ? null : node.get("region");
    if (node == null || !node.isObject() || value == null || value.isNull()) {
      if (regions.routing() && node != null && node.isObject()) {
        throw new RegionProblem(new FieldProblem("region", "required", "region is required: the KATO code of the "
            + "region (oblast or city) whose office serves the application, e.g. \"75\" for Almaty"));
      }
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new RegionProblem(new FieldProblem("region", "wrong-type", "region must be a string such as \"75\""));
    }
    return Optional.of(Region.ofCode(value.asText()).orElseThrow(() -> new RegionProblem(new FieldProblem("region",
        "unknown", "region '" + value.asText() + "' is not the KATO code of a region of Kazakhstan (two digits, "
        + "e.g. \"75\" for Almaty, \"71\" for Astana)"))));
  }

  private void route(HttpServletRequest request, HttpServletResponse response, Region region, String path,
      HttpRequest.BodyPublisher body) throws IOException {
    if (request.getHeader(ROUTED_BY) != null) {
      // Sent here by a router that thinks this deployment serves the region: the two configurations differ.
      problem(request, response, HttpStatus.BAD_GATEWAY, new FieldProblem("region", "misdirected",
          "This deployment does not serve the region " + region.code() + " (" + region.nameRu() + "), though a router "
          + "sent the request here: the deployments' qyzmet.regions settings disagree"));
      return;
    }
    URI base = regions.elsewhere(region).orElseThrow();
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(stripSlash(base.toString()) + path + query))
        .timeout(regions.timeout())
        .method(request.getMethod(), body)
        .header(ROUTED_BY, regions.ownRegion().map(Region::code).orElse("national"));
    // One correlation id in both deployments' logs and in the answer.
    String correlationId = CorrelationId.of(request);
    if (correlationId != null) {
      forward.header(CorrelationId.HEADER, correlationId);
    }
    for (String header : REQUEST_HEADERS) {
      String value = request.getHeader(header);
      if (value != null) {
        forward.header(header, value);
      }
    }
    HttpResponse<byte[]> answer;
    try {
      answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException unreachable) {
      LOG.warn("Region {} ({}) did not answer {} {}: {}", region.code(), base, request.getMethod(), path,
          unreachable.toString());
      response.setHeader("Retry-After", "5");
      problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, new FieldProblem("region", "region-unavailable",
          "The deployment of the region " + region.code() + " (" + region.nameRu() + ") did not answer; retry in 5 s. "
          + "A submission that got this answer may or may not have been carried out: repeat it with the same "
          + "externalId."));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    response.setStatus(answer.statusCode());
    for (String header : ANSWER_HEADERS) {
      answer.headers().firstValue(header).ifPresent(value -> response.setHeader(header, value));
    }
    response.getOutputStream().write(answer.body());
  }

  private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      FieldProblem field) throws IOException {
    ResponseEntity<ProblemDetail> problem = ApiProblems.problem(status, List.of(field), request);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(problem.getBody()));
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().contains("json");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static final class RegionProblem extends RuntimeException {
    final FieldProblem problem;

    RegionProblem(FieldProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }
}
