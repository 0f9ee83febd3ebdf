package kz.qyzmet.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.applications.ApplicationViews;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.process.RequiredDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The electronic case file of an application over {@code /api/v1}: files attached as documents of
 * its standard's table, listed, downloaded. Attaching takes the right to submit; the files are the
 * applicant's personal data, so listing and downloading take the right to see applicants whole
 * ({@link Right#READ_APPLICANT}), or being the client that submitted the application.
 *
 * <p>The body is read only here (multipart is resolved lazily, application.yaml), so that a body
 * over Spring's multipart limits is answered as this API's 413 problem.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}/files")
@Tag(name = "Case files", description = "The application's electronic case file: scans and signed documents "
    + "attached as documents of the standard's table. Attaching: integration-clients, psc-operators, "
    + "ztmo-specialists, provider-specialists, camunda-admin; listing and downloading (personal data): those who "
    + "see applicants whole (psc-operators, ztmo-specialists, provider-specialists, department-heads, psc-heads, "
    + "quality-inspectors, camunda-admin) and the client that submitted the application.")
public class CaseFileController {

  private final CaseFiles caseFiles;
  private final ApplicationViews views;
  private final ApiRights rights;
  private final ApiTime time;

  public CaseFileController(CaseFiles caseFiles, ApplicationViews views, ApiRights rights, ApiTime time) {
    this.caseFiles = caseFiles;
    this.views = views;
    this.rights = rights;
    this.time = time;
  }

  /** The multipart body, as the OpenAPI document describes it. */
  @Schema(name = "CaseFileUpload")
  public record UploadForm(
      @Schema(description = "The file: PDF, JPEG, PNG, TIFF, a CMS/PKCS#7 signature (.p7s) or signed XML "
          + "(XMLDSig); its part's Content-Type is checked against its content", type = "string", format = "binary",
          requiredMode = Schema.RequiredMode.REQUIRED) String file,
      @Schema(description = "The code of the document the file is, from the standard's required-documents table "
          + "for the application's case (GET /api/v1/standards/{number}/required-documents), or one requested of it",
          example = "identity_document", requiredMode = Schema.RequiredMode.REQUIRED) String documentCode) {}

  /** A file of the case file as listed. */
  @Schema(name = "CaseFile")
  public record CaseFileView(String id, String applicationId, String documentCode, String documentNameKk,
      String documentNameRu, String fileName, String contentType, long size, String sha256, String uploadedBy,
      OffsetDateTime uploadedAt, String href) {}

  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "attachCaseFile",
      summary = "Attach a file to the case file", description = "Stores one file as a document of the "
      + "application's case (multipart/form-data: the part file and the field documentCode). Taken: application/pdf, "
      + "image/jpeg, image/png, image/tiff, application/pkcs7-signature (.p7s) and application/xml (XML signed with "
      + "XMLDSig, no DTD); a part declared application/octet-stream is typed by its file name's extension; the "
      + "content must be what its type says (its first bytes). At most 10 MB a file, 100 MB and 100 files an "
      + "application (qyzmet.case-file.*). The SHA-256 is kept and checked on every download. Attaching a file does "
      + "not deliver a requested document: POST /api/v1/applications/{id}/documents does. A failed upload keeps "
      + "nothing. Example: curl -u integration.client:demo -F documentCode=identity_document "
      + "-F 'file=@passport.pdf;type=application/pdf' http://localhost:8080/api/v1/applications/{id}/files")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class),
      encoding = @Encoding(name = "file", contentType = "application/pdf, image/jpeg, image/png, image/tiff, "
          + "application/pkcs7-signature, application/xml"),
      examples = @ExampleObject(name = "identity-document-pdf", summary = "A scan of the identity document as PDF",
          description = "Two parts: documentCode, and file (Content-Type application/pdf, with a file name); "
          + "the file's content must begin as a PDF does (%PDF-). For an application that is not closed, whose "
          + "standard's table has identity_document.",
          value = "{\"documentCode\": \"identity_document\", \"file\": \"%PDF-1.4\\n%%EOF\\n\"}")))
  @ApiResponse(responseCode = "201", description = "Attached", headers = @Header(name = "Location",
      description = "/api/v1/applications/{id}/files/{fileId}", schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "400", description = "documentCode or the file is missing, empty or wrong; the problem "
      + "names the field")
  @ApiResponse(responseCode = "403", description = "The caller's groups may not attach files")
  @ApiResponse(responseCode = "404", description = "No such application")
  @ApiResponse(responseCode = "409", description = "The application is closed")
  @ApiResponse(responseCode = "413", description = "The file, or the application's case file with it, is too large")
  @ApiResponse(responseCode = "415", description = "The body is not multipart/form-data, the file's type is not "
      + "taken, or its content is not what its type says")
  public ResponseEntity<CaseFileView> attach(@PathVariable("id") String id, HttpServletRequest request) {
    String user = rights.require(Right.SUBMIT);
    ApplicationRecord application = views.require(id);
    MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (multipart == null) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "format",
          "Send the file as multipart/form-data: the part file and the field documentCode");
    }
    List<MultipartFile> files = multipart.getFiles("file");
    if (files.size() > 1) {
      throw ApiException.badRequest("file", "one", "Send one file per request");
    }
    String[] codes = multipart.getParameterValues("documentCode");
    if (codes != null && codes.length > 1) {
      throw ApiException.badRequest("documentCode", "one", "Send one documentCode per request");
    }
    CaseFiles.Upload upload = files.isEmpty() ? null
        : new CaseFiles.Upload(files.get(0).getOriginalFilename(), files.get(0).getContentType(), bytes(files.get(0)));
    CaseFile file = caseFiles.attach(application, codes == null ? null : codes[0], upload, user);
    Map<String, RequiredDocument> names = caseFiles.table(application.standardNumber(),
        caseFiles.spineDefinition(application));
    CaseFileView view = view(file, names);
    return ResponseEntity.created(URI.create(view.href())).body(view);
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listCaseFiles",
      summary = "The files of the case file", description = "Every file attached to the application, oldest "
      + "first, with the document it is (code and names in Kazakh and Russian), its size and SHA-256 (hex), who "
      + "attached it and when.")
  @ApiResponse(responseCode = "200", description = "The files")
  @ApiResponse(responseCode = "403", description = "The caller may not see this applicant's data")
  @ApiResponse(responseCode = "404", description = "No such application")
  public List<CaseFileView> list(@PathVariable("id") String id) {
    ApplicationRecord application = readable(id);
    Map<String, RequiredDocument> names = caseFiles.table(application.standardNumber(),
        caseFiles.spineDefinition(application));
    return caseFiles.list(application.id()).stream().map(f -> view(f, names)).toList();
  }

  @GetMapping(path = "/{fileId}")
  @Operation(operationId = "downloadCaseFile",
      summary = "Download a file of the case file", description = "The file's bytes with its Content-Type, "
      + "Content-Disposition (attachment, its name), ETag (the SHA-256 in hex, quoted) and Digest "
      + "(sha-256=<base64>, RFC 3230) and Repr-Digest (RFC 9530). The bytes are checked against the SHA-256 taken on "
      + "upload before they are sent.")
  @ApiResponse(responseCode = "200", description = "The file, of the type it was attached as", content = {
      @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/tiff", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "application/pkcs7-signature", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "application/xml", schema = @Schema(type = "string", format = "binary"))}, headers = {
      @Header(name = "ETag", description = "\"<sha-256 hex>\"", schema = @Schema(type = "string")),
      @Header(name = "Digest", description = "sha-256=<base64>", schema = @Schema(type = "string")),
      @Header(name = "Repr-Digest", description = "sha-256=:<base64>:", schema = @Schema(type = "string")),
      @Header(name = "Content-Disposition", description = "attachment; filename=\"<the file's name>\"",
          schema = @Schema(type = "string"))})
  @ApiResponse(responseCode = "403", description = "The caller may not see this applicant's data")
  @ApiResponse(responseCode = "404", description = "No such application or file")
  public ResponseEntity<byte[]> download(@PathVariable("id") String id, @PathVariable("fileId") String fileId) {
    ApplicationRecord application = readable(id);
    CaseFiles.Content content = caseFiles.read(application.id(), fileId);
    CaseFile file = content.file();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .contentLength(content.bytes().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
        .eTag("\"" + file.sha256() + "\"")
        .header("Digest", digest(file))
        .header("Repr-Digest", "sha-256=:" + base64(file) + ":")
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(content.bytes());
  }

  /** The application, for a caller who may see its applicant whole: files are personal data. */
  private ApplicationRecord readable(String id) {
    String user = rights.require(Right.READ);
    ApplicationRecord application = views.require(id);
    if (!rights.has(Right.READ_APPLICANT) && !user.equals(application.createdBy())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "Authorization", "forbidden", "User " + user + " may not read "
          + "the case file of application " + application.id() + ": its files are the applicant's personal data, "
          + "for those who see applicants whole (" + String.join(", ", Right.READ_APPLICANT.groups())
          + ") and the client that submitted it");
    }
    return application;
  }

  private CaseFileView view(CaseFile file, Map<String, RequiredDocument> names) {
    RequiredDocument document = names.get(file.documentCode());
    return new CaseFileView(file.id(), file.applicationId(), file.documentCode(),
        document == null ? null : document.nameKk(), document == null ? null : document.nameRu(), file.fileName(),
        file.contentType(), file.size(), file.sha256(), file.uploadedBy(), time.moment(file.uploadedAt()),
        "/api/v1/applications/" + file.applicationId() + "/files/" + file.id());
  }

  /**
   * {@code attachment} with the file's name: as it is when it is plain ASCII, otherwise an ASCII
   * stand-in and the name itself in UTF-8 ({@code filename*}, RFC 6266), which browsers prefer.
   */
  static String contentDisposition(String fileName) {
    if (fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\')) {
      return "attachment; filename=\"" + fileName + "\"";
    }
    String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(fileName,
        StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
  }

  static String digest(CaseFile file) {
    return "sha-256=" + base64(file);
  }

  private static String base64(CaseFile file) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256()));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
