package kz.qyzmet.api.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.StrictJson;
import kz.qyzmet.api.applications.DocumentDelivery.DeliverDocumentsRequest;
import kz.qyzmet.api.applications.DocumentDelivery.DeliveryAnswer;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.regions.RegionRouter;
import kz.qyzmet.regions.RegionalSearch;
import kz.qyzmet.system.CorrelationId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications: submitted (idempotently with an {@code externalId}), followed, and given further
 * documents when the provider asks for them. Bodies are read by {@link StrictJson}, so that every
 * mistake is named by its field.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Submit applications to a standard, follow them to their result, deliver "
    + "the documents the provider requests, and print the applicant's receipt. Submitting and delivering: "
    + "integration-clients, psc-operators, ztmo-specialists, provider-specialists, camunda-admin; reading: every role.")
public class ApplicationsController {

  /** Set on the answer to a repeated submission (same externalId, same request). */
  public static final String IDEMPOTENT_REPLAY = "Idempotent-Replay";

  /** Standard 2 at a PSC: every document its table requires of an oralman (docs/api.md). */
  static final String SUBMIT_AT_PSC = """
      {"standard": 2, "channel": "psc", "flags": ["oralman"],
       "applicant": {"iin": "900215404511", "fullName": "Әлиева Динара Серікқызы"},
       "documents": ["application", "identity_document", "oralman_certificate", "residence_registration_proof",
                     "bank_account_details"],
       "externalId": "egov-2026-000451"}""";

  /** Standard 3 (case type disability) at ZTMO through a representative: its complete package. */
  static final String SUBMIT_AT_ZTMO = """
      {"standard": 3, "channel": "ztmo", "caseType": "disability",
       "applicant": {"iin": "680704302172", "fullName": "Жұмабеков Ерлан Қайратұлы"},
       "representative": {"iin": "921105403889", "fullName": "Жұмабекова Айгерім Ерланқызы"},
       "documents": ["application", "identity_document", "residence_registration_proof", "bank_account_details",
                     "disability_certificate_extract", "power_of_attorney"],
       "region": "75"}""";

  private final ApplicationSubmission submission;
  private final ApplicationViews views;
  private final DocumentDelivery delivery;
  private final StrictJson json;
  private final ApiRights rights;
  private final RegionalSearch search;

  public ApplicationsController(ApplicationSubmission submission, ApplicationViews views, DocumentDelivery delivery,
      StrictJson json, ApiRights rights, RegionalSearch search) {
    this.submission = submission;
    this.views = views;
    this.delivery = delivery;
    this.json = json;
    this.rights = rights;
    this.search = search;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "findApplications", summary = "Find applications", description = "Applications matching "
      + "every filter given, a page at a time, newest first unless sorted otherwise. Case workers, heads, quality "
      + "inspectors and administrators find every application; process owners too, with the applicant masked, and may "
      + "not filter by IIN (403); an integration client finds only the applications it submitted. Unknown parameters "
      + "are refused (400). Where regions are set up (docs/scale.md), the search asks every region's deployment at "
      + "once with the caller's credentials and merges their answers into the page (a search costs one request per "
      + "region, and a region a page of at most 100 at a time up to the page's end); a region that does not answer is "
      + "named in regionsUnanswered, and the page is made of the others; region asks one region alone. The "
      + "parameters' examples together find the application of the example psc-complete-package of "
      + "POST /api/v1/applications.")
  // An example is read as JSON: the IIN is quoted so that it stays a string, the statuses are an array.
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.APPLICANT_IIN, example = "\"900215404511\"",
      schema = @Schema(type = "string", pattern = "^[0-9]{12}$"),
      description = "The applicant's IIN (12 digits, a valid control digit)")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.STATUS, example = "[\"REGISTERED\", \"IN_REVIEW\"]",
      array = @ArraySchema(schema = @Schema(implementation = ApplicationStatus.class)),
      description = "A status; repeat it or separate by commas for several (IN_REVIEW,AWAITING_DOCUMENTS)")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.STANDARD, example = "2",
      schema = @Schema(type = "integer", minimum = "1", maximum = "30"), description = "The standard's number")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.CHANNEL, example = "psc",
      schema = @Schema(type = "string", allowableValues = {"ztmo", "psc", "portal", "provider", "akim"}),
      description = "ztmo, psc, portal, provider or akim")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.SUBMITTED_FROM, example = "2026-03-01",
      schema = @Schema(type = "string", format = "date"), description = "Submitted on or after this day (Asia/Almaty)")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.SUBMITTED_TO, example = "2026-03-31",
      schema = @Schema(type = "string", format = "date"), description = "Submitted on or before this day (Asia/Almaty)")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.DUE_FROM, example = "2026-04-01",
      schema = @Schema(type = "string", format = "date"), description = "Due on or after this day (Asia/Almaty)")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.DUE_TO, example = "2026-04-30",
      schema = @Schema(type = "string", format = "date"), description = "Due on or before this day (Asia/Almaty)")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.BREACHED, schema = @Schema(type = "boolean"),
      description = "true: only applications with a missed statutory deadline; false: only those without")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.EXTERNAL_ID, example = "egov-2026-000451",
      schema = @Schema(type = "string", maxLength = 128), description = "The submitter's externalId")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.PAGE, schema = @Schema(type = "integer", minimum = "0",
      defaultValue = "0"), description = "From 0; page × size + size may not exceed 10000")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.SIZE, schema = @Schema(type = "integer", minimum = "1",
      maximum = "100", defaultValue = "20"), description = "Applications per page, at most 100")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.SORT, schema = @Schema(type = "string",
      allowableValues = {"submittedAt", "submittedAt,asc", "submittedAt,desc", "dueAt", "dueAt,asc", "dueAt,desc"},
      defaultValue = ApplicationSearch.DEFAULT_SORT), description = "Ties are broken by id, in the same direction")
  @Parameter(in = ParameterIn.QUERY, name = ApplicationSearch.REGION, example = "\"75\"",
      schema = @Schema(type = "string", pattern = "^[0-9]{2}$"), description = "Where regions are set up: ask only "
      + "this region's deployment (the KATO code of an oblast or a city of republican significance, 10 Abai … 79 "
      + "Shymkent; 75 Almaty). Checked, and otherwise unused, where regions are not set up")
  @ApiResponse(responseCode = "200", description = "A page of applications (empty when none matches); across regions, "
      + "regionsUnanswered names the regions whose applications are missing from it")
  @ApiResponse(responseCode = "400", description = "A parameter is unknown, given twice or wrong (a status that does "
      + "not exist, a malformed day or IIN, a size over 100, an unknown sort or region); the problem names it")
  @ApiResponse(responseCode = "403", description = "The caller reads nothing, or sees applicants masked and asked "
      + "for an applicantIin")
  public ApplicationPage find(@Parameter(hidden = true) HttpServletRequest request) {
    String user = rights.require(Right.READ);
    return search.find(user, request.getParameterMap(), request.getHeader("Authorization"),
        CorrelationId.of(request), request.getHeader(RegionRouter.ROUTED_BY) != null);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "submitApplication", summary = "Submit an application",
      description = "Records the application and starts its process: the package is checked against the standard's "
      + "required documents (a PSC refuses an incomplete one) and the statutory due date is computed. With an "
      + "externalId the call is idempotent: the same request again answers 200 with the same application and the "
      + "header Idempotent-Replay: true, even when the retries arrive at once; another request with that externalId "
      + "answers 409. Callers: integration-clients, psc-operators, ztmo-specialists, provider-specialists, "
      + "camunda-admin.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = SubmitApplicationRequest.class),
          examples = {
              @ExampleObject(name = "psc-complete-package", summary = "Standard 2 at a PSC: an oralman's complete "
                  + "package, with an idempotency key",
                  description = "Registered (201); sent again, the same request answers 200 with the same "
                  + "application and Idempotent-Replay: true.",
                  value = SUBMIT_AT_PSC),
              @ExampleObject(name = "ztmo-case-type-representative", summary = "Standard 3, case type disability, "
                  + "at ZTMO through a representative",
                  description = "The representative sets the flag representative, so the power of attorney is "
                  + "required; at ZTMO the review starts at once (IN_REVIEW). The region, Almaty (KATO 75), is "
                  + "where the API routes it when regions are set up (docs/scale.md).",
                  value = SUBMIT_AT_ZTMO)}))
  @ApiResponse(responseCode = "201", description = "Submitted (REGISTERED, IN_REVIEW, REFUSED_TO_ACCEPT or ANSWERED)",
      headers = @Header(name = "Location", description = "/api/v1/applications/{id}",
          schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "200", description = "A replay: this externalId was submitted before with the same "
      + "request", headers = {
          @Header(name = IDEMPOTENT_REPLAY, description = "true", schema = @Schema(type = "string")),
          @Header(name = "Location", description = "/api/v1/applications/{id}", schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
  @ApiResponse(responseCode = "403", description = "The caller's groups may not submit")
  @ApiResponse(responseCode = "409", description = "The externalId was used for another request")
  @ApiResponse(responseCode = "413", description = "The body is longer than 100 000 characters")
  public ResponseEntity<SubmittedApplication> submit(@RequestBody(required = false) String body) {
    String user = rights.require(Right.SUBMIT);
    SubmitApplicationRequest request = json.read(body, SubmitApplicationRequest.class);
    ApplicationSubmission.Outcome outcome = submission.submit(request, user);
    SubmittedApplication application = outcome.application();
    URI location = URI.create("/api/v1/applications/" + application.id());
    if (outcome.replay()) {
      return ResponseEntity.ok().location(location).header(IDEMPOTENT_REPLAY, "true").body(application);
    }
    return ResponseEntity.created(location).body(application);
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getApplication", summary = "An application as it stands", description = "Status, the open "
      + "steps and who holds them, the current and original due dates, the changes of the due date, the dated history "
      + "of steps, the result. Every role may read; the applicant's IIN and name are masked for integration clients "
      + "and process owners except on the applications the caller submitted.")
  @ApiResponse(responseCode = "200", description = "The application")
  @ApiResponse(responseCode = "403", description = "The caller is in none of the groups that read")
  @ApiResponse(responseCode = "404", description = "No such application")
  public ApplicationView one(@PathVariable("id") @Parameter(description = "The application's id, as the submission "
      + "answered it", example = "S02-20261125-D10CE6EE") String id) {
    String user = rights.require(Right.READ);
    return views.view(id, caller -> rights.has(Right.READ_APPLICANT) || user.equals(caller));
  }

  @PostMapping(path = "/{id}/documents", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "deliverDocuments", summary = "Deliver requested documents", description = "Hands further "
      + "documents to the application's waiting document request; its review goes on and its due date is counted "
      + "again from their arrival. Codes must be documents of the standard or among those requested. Callers: as "
      + "for submitting.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = DeliverDocumentsRequest.class),
          examples = @ExampleObject(name = "requested-certificate", summary = "The oralman certificate the "
              + "specialist asked for", description = "For an application whose review requested "
              + "oralman_certificate (status AWAITING_DOCUMENTS).",
              value = "{\"documents\": [\"oralman_certificate\"]}")))
  @ApiResponse(responseCode = "200", description = "Delivered; the application's status and new due date")
  @ApiResponse(responseCode = "400", description = "No documents, or a code that is not a document of the standard")
  @ApiResponse(responseCode = "403", description = "The caller's groups may not deliver documents")
  @ApiResponse(responseCode = "404", description = "No such application")
  @ApiResponse(responseCode = "409", description = "No document request is waiting")
  @ApiResponse(responseCode = "413", description = "The body is longer than 100 000 characters")
  public DeliveryAnswer deliver(@PathVariable("id") @Parameter(description = "An application awaiting documents",
      example = "S02-20261125-9289519B") String id, @RequestBody(required = false) String body) {
    rights.require(Right.SUBMIT);
    views.require(id);
    return delivery.deliver(id, json.read(body, DeliverDocumentsRequest.class));
  }
}
