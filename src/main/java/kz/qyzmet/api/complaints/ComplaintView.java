package kz.qyzmet.api.complaints;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.qyzmet.api.applications.ApplicationView.CurrentStep;

/**
 * A complaint as it stands.
 *
 * @param status UNDER_REVIEW while its review runs, CLOSED after
 * @param outcome upheld or rejected, once decided (after an appeal: the quality authority's)
 * @param appealId the complaint to the quality authority a rejected provider-level one went on to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A complaint as it stands")
public record ComplaintView(String id, String applicationId, Integer standard, String level, String text,
    OffsetDateTime registeredAt, LocalDate dueDate, OffsetDateTime dueAt, String status, String reviewerGroup,
    List<CurrentStep> currentSteps, String outcome, String reasons, String appealId, OffsetDateTime closedAt) {}
