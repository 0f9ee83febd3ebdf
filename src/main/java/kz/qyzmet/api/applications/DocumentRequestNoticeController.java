package kz.qyzmet.api.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.StrictJson;
import kz.qyzmet.api.applications.DocumentRequestNotices.NoticeAcknowledgement;
import kz.qyzmet.api.applications.DocumentRequestNotices.NoticeRecorded;
import kz.qyzmet.security.Roles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The portal confirms that the applicant was told of a document request ({@link DocumentRequestNotices}). */
@RestController
@Tag(name = "Applications")
public class DocumentRequestNoticeController {

  private final DocumentRequestNotices notices;
  private final StrictJson json;
  private final ApiRights rights;

  public DocumentRequestNoticeController(DocumentRequestNotices notices, StrictJson json, ApiRights rights) {
    this.notices = notices;
    this.json = json;
    this.rights = rights;
  }

  @PostMapping(path = "/api/v1/applications/{id}/document-request/notice", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "acknowledgeDocumentRequestNotice",
      summary = "Confirm the applicant was told of a document request",
      description = "The portal, on an application it submitted, confirms that the documents-requested event was "
          + "shown in the applicant's personal cabinet. The specialist's step 'tell the applicant' completes by "
          + "itself, recording how (egov-cabinet), when (toldAt, default now) and on whose word; its 5-working-day "
          + "escalation no longer runs. The body may be {} (told now); toldAt (ISO-8601, not in the future, not "
          + "before the request) says when, eventId the id of the documents-requested event the portal acted on. "
          + "The same confirmation again answers 200 with what was recorded and Idempotent-Replay: true.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = NoticeAcknowledgement.class),
          // {} only: a fixed toldAt or eventId would not hold for the demo's application (before its request,
          // or another event's id).
          examples = @ExampleObject(name = "told-now", summary = "Shown in the cabinet just now",
              description = "For a portal application the caller submitted, awaiting documents; toldAt is now.",
              value = "{}")))
  @ApiResponse(responseCode = "200", description = "Recorded (or recorded before, with Idempotent-Replay: true)",
      headers = @Header(name = ApplicationsController.IDEMPOTENT_REPLAY, description = "true on a repeated call",
          schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "400", description = "toldAt malformed, in the future or before the request; eventId "
      + "malformed or not a documents-requested event of this application")
  @ApiResponse(responseCode = "403", description = "Not the portal that submitted the application")
  @ApiResponse(responseCode = "404", description = "No such application")
  @ApiResponse(responseCode = "409", description = "Not a portal application, no notice is waiting, or the event "
      + "announced an earlier document request")
  @ApiResponse(responseCode = "413", description = "The body is longer than 100 000 characters")
  public ResponseEntity<NoticeRecorded> acknowledge(@PathVariable("id") @Parameter(description = "A portal "
      + "application the caller submitted, awaiting documents", example = "S06-20260318-5A7C0E21") String id,
      @RequestBody(required = false) String body) {
    String user = rights.require(Right.ACKNOWLEDGE_NOTICE);
    NoticeAcknowledgement request = json.read(body, NoticeAcknowledgement.class);
    boolean administrator = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals(Roles.authority(Roles.ADMIN)));
    NoticeRecorded recorded = notices.acknowledge(id, request, user, administrator);
    return recorded.replay()
        ? ResponseEntity.ok().header(ApplicationsController.IDEMPOTENT_REPLAY, "true").body(recorded)
        : ResponseEntity.ok(recorded);
  }
}
