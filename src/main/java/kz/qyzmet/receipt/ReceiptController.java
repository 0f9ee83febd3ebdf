package kz.qyzmet.receipt;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.application.ApplicationRecord;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/applications/{id}/receipt?lang=kk|ru}: the applicant's receipt as PDF, for
 * whoever may read the application over {@code /api/v1}. The applicant's name is whole for those
 * who may read applicants (and for the client that submitted the application), surname and
 * initials otherwise, as in the application's JSON.
 */
@RestController
@Tag(name = "Applications")
public class ReceiptController {

  public static final String PDF = "application/pdf";

  private final Receipts receipts;
  private final ReceiptPdf pdf;
  private final ApiRights rights;

  public ReceiptController(Receipts receipts, ReceiptPdf pdf, ApiRights rights) {
    this.receipts = receipts;
    this.pdf = pdf;
    this.rights = rights;
  }

  @GetMapping(path = "/api/v1/applications/{id}/receipt", produces = PDF)
  @Operation(operationId = "getReceipt", summary = "The applicant's receipt (PDF)",
      description = "For an accepted application (REGISTERED and every status after it) the receipt of acceptance, "
      + "as the decree's annex forms give it: registration number, date and time of acceptance, the standard, "
      + "where it was accepted, who accepted it, the documents taken by their names, the date the service is due "
      + "and how the term extends when documents are requested. "
      + "For a package refused at intake (REFUSED_TO_ACCEPT) the receipt of refusal to accept the documents: the "
      + "missing documents by name with their paragraph of the decree, and the refusal ground. In Kazakh (kk, the "
      + "default) or Russian (ru); the fonts are embedded.")
  @ApiResponse(responseCode = "200", description = "The receipt", content = @Content(mediaType = PDF,
      schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "400", description = "lang is neither kk nor ru")
  @ApiResponse(responseCode = "403", description = "The caller's groups may not read applications")
  @ApiResponse(responseCode = "404", description = "No such application")
  @ApiResponse(responseCode = "409", description = "The package is neither accepted nor refused yet (SUBMITTED), or "
      + "the application is an information request answered at once (ANSWERED): no receipt")
  public ResponseEntity<byte[]> receipt(@PathVariable("id") @Parameter(description = "The application's id",
      example = "S02-20261125-D10CE6EE") String id,
      @Parameter(description = "kk (Kazakh, the default) or ru (Russian)", example = "ru",
          schema = @Schema(allowableValues = {"kk", "ru"}))
      @RequestParam(name = "lang", required = false) String lang) {
    String user = rights.require(Right.READ);
    ReceiptLanguage language = ReceiptLanguage.of(lang).orElseThrow(() -> ApiException.badRequest("lang", "format",
        "lang must be kk (Kazakh) or ru (Russian), not '" + shorten(lang) + "'"));
    Receipt receipt;
    try {
      ApplicationRecord row = receipts.application(id);
      receipt = receipts.receipt(id, language, rights.has(Right.READ_APPLICANT) || user.equals(row.createdBy()));
    } catch (ReceiptUnavailable e) {
      throw new ApiException(HttpStatus.valueOf(e.status()), "id", e.status() == 404 ? "not-found" : "conflict",
          e.getMessage());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(fileName(receipt, id), StandardCharsets.UTF_8).build().toString())
        .cacheControl(CacheControl.noStore())
        .body(pdf.render(receipt));
  }

  static String fileName(Receipt receipt, String id) {
    String kind = receipt.kind() == Receipt.Kind.ACCEPTANCE ? "acceptance" : "refusal";
    return "receipt-" + kind + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + receipt.language().code() + ".pdf";
  }

  private static String shorten(String value) {
    return value.length() <= 16 ? value : value.substring(0, 13) + "...";
  }
}
