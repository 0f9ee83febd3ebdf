package kz.qyzmet.api.complaints;

import static kz.qyzmet.process.ProcessVariables.*;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.regions.RegionProperties;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.Violations;
import kz.qyzmet.api.applications.ApplicationViews;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.ComplaintLevel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Files a complaint about an application: starts the {@code complaint-review} process (business
 * key = the complaint's id), which registers it now and computes its review term: 5 working days
 * at the provider, 15 at the quality authority, from the day of registration (not counted). A
 * complaint about a PSC employee goes to the PSC's head, where the standard provides it and the
 * application was handed in at a PSC.
 */
@Service
public class ComplaintFiling {

  public static final String PROCESS = "complaint-review";
  /** Camunda keeps a string variable of up to 4000 characters in its own column. */
  static final int MAX_TEXT = 4000;
  /** Control characters other than tab and line breaks (PostgreSQL refuses NUL in text outright). */
  static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String PSC = "psc";

  private final ApplicationViews applications;
  private final StandardsCatalog catalog;
  private final RuntimeService runtimeService;
  private final ApiTime time;
  private final RegionProperties regions;

  public ComplaintFiling(ApplicationViews applications, StandardsCatalog catalog, RuntimeService runtimeService,
      ApiTime time, RegionProperties regions) {
    this.applications = applications;
    this.catalog = catalog;
    this.runtimeService = runtimeService;
    this.time = time;
    this.regions = regions;
  }

  @Schema(description = "A complaint about an application")
  public record ComplaintRequest(
      @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"provider", "psc-head", "quality-authority"},
          description = "provider: the provider's or the ministry's head; psc-head: a complaint about the actions "
              + "(inaction) of a PSC employee, to the PSC's head, only for standards whose decree provides it and "
              + "applications handed in at a PSC (else 422); quality-authority: the authorised body for the quality "
              + "of public services") String level,
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "Up to 4000 characters") String text) {}

  /** @param dueDate the last day of the review term, local day in Asia/Almaty */
  @Schema(description = "A registered complaint")
  public record ComplaintCreated(@Schema(example = "C-S02-20260318-5D1E0A77") String id, String applicationId,
      String level, OffsetDateTime registeredAt, @Schema(example = "2026-03-26") LocalDate dueDate) {}

  public ComplaintCreated file(String applicationId, ComplaintRequest request) {
    ApplicationRecord application = applications.require(applicationId);
    Violations violations = new Violations();
    if (violations.required("level", request.level())
        && Arrays.stream(ComplaintLevel.values()).noneMatch(level -> level.code().equals(request.level()))) {
      violations.add("level", "unknown", "level must be provider, psc-head or quality-authority");
    }
    if (violations.required("text", request.text())) {
      if (violations.maxLength("text", request.text(), MAX_TEXT) && CONTROL.matcher(request.text()).find()) {
        violations.add("text", "format", "text must not contain control characters (tab and line breaks are fine)");
      }
    }
    violations.throwIfAny();

    catalog.require(application.standardNumber());
    Standard standard = applications.wordingOf(application).standard();
    ComplaintLevel level = ComplaintLevel.of(request.level());
    if (level == ComplaintLevel.PSC_HEAD) {
      requirePscHead(standard, application);
    }
    Date registeredAt = time.now();
    // The id names the standard, as the application's does: it is the complaint review's business key,
    // which is what Cockpit shows of a complaint-review instance.
    // A regional deployment's ids start with its region's code, as the applications' do (docs/scale.md).
    String id = regions.idPrefix() + "C-" + standard.code().toUpperCase() + "-" + DAY.format(time.day(registeredAt)) + "-"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    Map<String, Object> variables = new HashMap<>();
    variables.put(APPLICATION_ID, application.id());
    variables.put(STANDARD_NUMBER, standard.number());
    variables.put(STANDARD_CODE, standard.code());
    variables.put(APPLICANT_NAME, application.applicantName());
    variables.put(COMPLAINT_LEVEL, level.code());
    variables.put(COMPLAINT_TEXT, request.text().trim());
    variables.put(COMPLAINT_ID, id);
    variables.put(COMPLAINT_REGISTERED_AT, registeredAt);
    ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(PROCESS).businessKey(id)
        .setVariables(variables).executeWithVariablesInReturn();
    Date due = (Date) instance.getVariables().get(COMPLAINT_DUE_DATE);
    return new ComplaintCreated(id, application.id(), request.level(), time.moment(registeredAt), time.day(due));
  }

  /**
   * A complaint about a PSC employee: the decree must address one to the PSC's head (catalog
   * {@code complaints.pscHead}), and the application must have gone through a PSC.
   */
  private static void requirePscHead(Standard standard, ApplicationRecord application) {
    if (standard.complaints().pscHead() == null) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "level", "not-provided", "Standard "
          + standard.number() + " provides no complaint to the PSC's head about a PSC employee: file it at level "
          + "provider or quality-authority");
    }
    if (!PSC.equals(application.channel())) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "level", "not-through-psc", "Application "
          + application.id() + " was handed in at channel " + application.channel() + ", not at a PSC: a complaint "
          + "about a PSC employee needs an application that went through a PSC");
    }
  }
}
