package kz.qyzmet.api.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as it stands: its status, the steps open now and who holds them, its current and
 * original statutory due dates, every change of the due date, the dated history of its steps and,
 * once decided, its result.
 *
 * @param wording the wording of the standard it answers to: the one in force on the day of submission
 * @param dueDate the statutory due date in force (after any extension), local day in Asia/Almaty
 * @param dueAt the same moment (the close of that working day, or the end of an hour/minute term)
 * @param originalDueDate the due date computed at registration
 * @param currentSteps the open tasks of the application, in its spine and its called blocks
 * @param documentRequest present while additional documents are awaited
 * @param history the steps taken, in order, the called blocks' steps right after the step calling them
 * @param breaches statutory deadlines missed (SERVICE_TERM, APPLICANT_NOTIFICATION, DOCUMENTS_CAP)
 * @param complaints the ids of the complaints about it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An application as it stands")
public record ApplicationView(
    String id,
    int standard,
    String standardCode,
    String processKey,
    WordingView wording,
    String channel,
    String caseType,
    @Schema(example = "IN_REVIEW") String status,
    Applicant applicant,
    String externalId,
    OffsetDateTime submittedAt,
    @Schema(example = "2026-04-06") LocalDate dueDate,
    OffsetDateTime dueAt,
    LocalDate originalDueDate,
    OffsetDateTime originalDueAt,
    OffsetDateTime closedAt,
    List<String> missingDocuments,
    List<CurrentStep> currentSteps,
    DocumentRequest documentRequest,
    List<DeadlineChangeView> deadlineChanges,
    List<String> breaches,
    ApplicationResult result,
    List<String> complaints,
    List<HistoryStep> history) {

  public record Applicant(String iin, String fullName) {

    /** The last four digits of the IIN (the first six are the birth date), the surname and initials. */
    static Applicant masked(String iin, String fullName) {
      String maskedIin = iin == null || iin.length() < 4 ? null : "*".repeat(iin.length() - 4) + iin.substring(iin.length() - 4);
      if (fullName == null || fullName.isBlank()) {
        return new Applicant(maskedIin, null);
      }
      String[] words = fullName.trim().split("\\s+");
      StringBuilder name = new StringBuilder(words[0]);
      for (int i = 1; i < words.length; i++) {
        name.append(' ').append(words[i].codePoints().limit(1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
      }
      return new Applicant(maskedIin, name.toString());
    }
  }

  /**
   * An open task.
   *
   * @param step the task's id in the model, e.g. UserTask_ReviewApplication
   * @param process the model it belongs to, e.g. common-statutory-review
   * @param candidateGroups the groups that may take it; {@code assignee} once someone has
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CurrentStep(String taskId, String step, String name, String process, List<String> candidateGroups,
      String assignee, OffsetDateTime createdAt, LocalDate dueDate, OffsetDateTime dueAt) {}

  /**
   * Documents requested from the applicant, awaited until {@code dueDate} (the cap).
   *
   * @param noticeDueDate the day by which the applicant must be told of the request
   * @param applicantNotified how and when the applicant was told; absent until then
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DocumentRequest(List<String> requestedDocuments, OffsetDateTime requestedAt, LocalDate dueDate,
      LocalDate noticeDueDate, ApplicantNotified applicantNotified) {}

  /**
   * @param how egov-cabinet, phone, sms, email, letter or in-person (the notify-applicant form's choices)
   * @param acknowledgedBy the portal account that confirmed it; absent when a worker recorded it
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ApplicantNotified(String how, OffsetDateTime at, String recordedBy, String acknowledgedBy) {}

  /** @param kind REGISTERED, DOCUMENT_REQUEST, DOCUMENTS_ARRIVED, EXTENSION, CALENDAR_CORRECTION */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DeadlineChangeView(String kind, LocalDate previousDueDate, LocalDate dueDate, String reason,
      OffsetDateTime at, String by) {}

  /**
   * @param decision grant, refuse or withdraw, as the reviewer decided
   * @param missingDocuments for REFUSED_TO_ACCEPT: what the package lacked
   * @param informationAnswer for an information request: the decision found (or NO_DECISION)
   * @param document for a fully automated service (standard 8): the result's document as the
   *     information system returned it (e.g. the statement of the depositor's transit accounts)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ApplicationResult(String status, String decision, String refusalGround, String comment,
      List<String> missingDocuments, String informationAnswer, String document, OffsetDateTime closedAt) {}

  /** One step taken: a task, an automatic step, an event, a called block. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HistoryStep(String process, String activityId, String name, String type, OffsetDateTime startedAt,
      OffsetDateTime endedAt, String assignee, Boolean canceled) {}
}
