package kz.qyzmet.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), generated
 * by springdoc from the controllers. This adds what the controllers do not say each for itself: the
 * title, HTTP Basic, the order of the tags, and the problems. Every error answer of {@code /api/v1}
 * is {@code application/problem+json} of the schema {@code Problem} (what {@link ApiProblems}, the
 * calendar's and the security filters' refusals write); every operation also documents 401, 406 and
 * 500, and one with a body 415. docs/api.md says how the document is tested (OpenApiExamplesTest)
 * and linted (OpenApiLintTest).
 */
@Configuration
public class OpenApiConfiguration {

  static final String BASIC = "basicAuth";
  public static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM_REF = "#/components/schemas/Problem";

  /** The tags in the order a reader needs them; a tag not named here comes after, by name. */
  static final List<String> TAG_ORDER = List.of("Standards", "Applications", "Case files", "Complaints", "Events",
      "Calendar", "SLA", "Amendments");

  /** Answers every operation may give, kept once in components/responses. */
  static final Map<String, String> COMMON_RESPONSES = Map.of(
      "401", "Unauthorized",
      "406", "NotAcceptable",
      "500", "InternalError");

  /**
   * The shape of every problem (RFC 9457) of {@code /api/v1}, for the document only: the answers are
   * written by {@link ApiProblems} and the other writers named in {@code description}.
   */
  @io.swagger.v3.oas.annotations.media.Schema(name = "Problem", description = "An error (RFC 9457 problem details), "
      + "always application/problem+json. The API's own problems name what is wrong in field, reason and errors; "
      + "the calendar's name the parameter at fault in parameter; refusals of the security filters (401, and 403 "
      + "before the API is reached) repeat detail in message.",
      example = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
          + "\"detail\":\"applicant.iin fails its control digit (expected 1, found 2)\","
          + "\"instance\":\"/api/v1/applications\",\"correlationId\":\"9f1c2e7a4b1d4f7e9a510c3b8d2e6f10\","
          + "\"field\":\"applicant.iin\",\"reason\":\"checksum\",\"errors\":[{\"field\":\"applicant.iin\","
          + "\"reason\":\"checksum\",\"message\":\"applicant.iin fails its control digit (expected 1, found 2)\"}]}")
  record Problem(
      @io.swagger.v3.oas.annotations.media.Schema(requiredMode = RequiredMode.REQUIRED, format = "uri-reference",
          description = "Always about:blank: the status says the kind", example = "about:blank") String type,
      @io.swagger.v3.oas.annotations.media.Schema(requiredMode = RequiredMode.REQUIRED,
          description = "The status's reason phrase", example = "Bad Request") String title,
      @io.swagger.v3.oas.annotations.media.Schema(requiredMode = RequiredMode.REQUIRED, example = "400") int status,
      @io.swagger.v3.oas.annotations.media.Schema(description = "What is wrong, in words: every problem, joined by "
          + "'; '") String detail,
      @io.swagger.v3.oas.annotations.media.Schema(format = "uri-reference", description = "The request's path",
          example = "/api/v1/applications") String instance,
      @io.swagger.v3.oas.annotations.media.Schema(description = "The request's id, also in the header "
          + "X-Correlation-Id and in our log: quote it when reporting a 500") String correlationId,
      @io.swagger.v3.oas.annotations.media.Schema(description = "Where the first problem is: a path into the body "
          + "(applicant.iin, documents[1]), a query or path parameter, body, or Authorization for a missing right",
          example = "applicant.iin") String field,
      @io.swagger.v3.oas.annotations.media.Schema(description = "The first problem's stable code: required, "
          + "malformed, wrong-type, unknown-field, too-long, format, checksum, birth-date, unknown, not-offered, "
          + "in-future, out-of-range, forbidden, not-found, conflict, not-provided, not-through-psc",
          example = "checksum") String reason,
      @io.swagger.v3.oas.annotations.media.Schema(description = "Every problem found, in one go")
      List<FieldProblem> errors,
      @io.swagger.v3.oas.annotations.media.Schema(description = "The calendar's endpoints: the parameter at fault",
          example = "from") String parameter,
      @io.swagger.v3.oas.annotations.media.Schema(description = "Refusals of the security filters: detail again")
      String message) {}

  @Bean
  OpenAPI qyzmetOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Qyzmet API").version("v1")
            .description("Social-protection public services of Decree No. 217 of 11.03.2014 as deadline-aware "
                + "processes: the standards, applications with their statutory due dates, further documents and "
                + "complaints, the working-day calendar and the SLA report. HTTP Basic against the engine's users; "
                + "rights by group (see docs/api.md). Errors are "
                + "application/problem+json (schema Problem) naming the field at fault (field, reason, errors). "
                + "Every request example here is a valid request that succeeds against the demo "
                + "(OpenApiExamplesTest sends each one)."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user of Qyzmet and its password")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        // Relative: the server that serves the document (springdoc would name the host it was asked by).
        .servers(List.of(new Server().url("/").description("The server that serves this document")));
  }

  /** The problems and the tags' order, applied to every operation of /api/v1, whoever wrote its controller. */
  @Bean
  OpenApiCustomizer problemsAndTagOrder() {
    return openApi -> {
      Components components = openApi.getComponents();
      ModelConverters.getInstance(true).readAll(Problem.class).forEach(components::addSchemas);
      components.addResponses("Unauthorized", problem("No credentials, or a wrong user or password (HTTP Basic)")
          .addHeaderObject("WWW-Authenticate", new Header().description("Basic realm=\"Qyzmet\"")
              .schema(new Schema<String>().type("string").types(Set.of("string")))));
      components.addResponses("NotAcceptable", problem("The client's Accept excludes the answer's media type; "
          + "nothing was done"));
      components.addResponses("UnsupportedMediaType", problem("The body is not of the documented media type"));
      components.addResponses("InternalError", problem("A fault of ours, logged with the problem's correlationId; "
          + "the answer says no more"));
      if (openApi.getPaths() != null) {
        openApi.getPaths().forEach((path, item) -> {
          if (path.startsWith("/api/")) {
            item.readOperations().forEach(OpenApiConfiguration::documentProblems);
          }
        });
      }
      if (openApi.getTags() != null) {
        List<Tag> tags = new ArrayList<>(openApi.getTags());
        tags.sort(Comparator.comparingInt((Tag t) -> TAG_ORDER.contains(t.getName()) ? TAG_ORDER.indexOf(t.getName())
            : TAG_ORDER.size()).thenComparing(Tag::getName));
        openApi.setTags(tags);
      }
    };
  }

  private static void documentProblems(Operation operation) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    responses.forEach((code, response) -> {
      if (response.get$ref() == null && (code.startsWith("4") || code.startsWith("5"))) {
        response.setContent(problemContent());
      }
    });
    COMMON_RESPONSES.forEach((code, name) -> addIfAbsent(operation.getResponses(), code, name));
    if (operation.getRequestBody() != null) {
      addIfAbsent(operation.getResponses(), "415", "UnsupportedMediaType");
    }
    // The order of the status codes, as a reader scans them.
    ApiResponses sorted = new ApiResponses();
    operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
    operation.setResponses(sorted);
  }

  private static void addIfAbsent(ApiResponses responses, String code, String component) {
    if (!responses.containsKey(code)) {
      responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + component));
    }
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse().description(description).content(problemContent());
  }

  private static Content problemContent() {
    return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
  }
}
