package kz.qyzmet.process;

/**
 * The names of the process variables the spines and the shared sub-processes pass to each other.
 * The call activities map exactly these, by name, in both directions.
 */
public final class ProcessVariables {

  // The application, as submitted.
  public static final String APPLICATION_ID = "applicationId";
  public static final String STANDARD_NUMBER = "standardNumber";
  public static final String STANDARD_CODE = "standardCode";
  public static final String CHANNEL = "channel";
  public static final String CASE_TYPE = "caseType";
  /** Comma-separated applicant flags, e.g. "representative,oralman". */
  public static final String APPLICANT_FLAGS = "applicantFlags";
  public static final String APPLICANT_IIN = "applicantIin";
  public static final String APPLICANT_NAME = "applicantName";
  /** Comma-separated document codes handed in. */
  public static final String DOCUMENTS_SUBMITTED = "documentsSubmitted";
  public static final String SUBMITTED_AT = "submittedAt";
  /** The day the wording of the standard the application answers to took effect (ISO date; docs/amendments.md). */
  public static final String WORDING_EFFECTIVE_FROM = "wordingEffectiveFrom";
  /** The worker who took the application in through Tasklist's start form (absent for /api/v1). */
  public static final String ACCEPTED_BY = "acceptedBy";

  // Intake.
  public static final String REQUIRED_DOCUMENTS = "requiredDocuments";
  public static final String MISSING_DOCUMENTS = "missingDocuments";
  public static final String PACKAGE_COMPLETE = "packageComplete";
  /** Whether the catalog refuses an incomplete package at this channel (refusal ground of stage intake). */
  public static final String INCOMPLETE_PACKAGE_REFUSED = "incompletePackageRefused";
  public static final String STATUS = "status";
  public static final String INTAKE_GROUP = "intakeGroup";
  public static final String REVIEWER_GROUP = "reviewerGroup";

  // The statutory deadlines. They are derived (DeadlineVariables) from the facts of the case, the
  // standard's terms in the catalog and the working-day calendar, and derived again when a fact
  // or the calendar changes; nothing else writes them.
  public static final String STATUTORY_DUE_DATE = "statutoryDueDate";
  public static final String ORIGINAL_DUE_DATE = "originalDueDate";
  public static final String REMINDER_DATE = "reminderDate";
  /** The decision stage where the standard fixes one (standard 29), else the statutory due date. */
  public static final String REVIEW_DUE_DATE = "reviewDueDate";
  /** When the result is due to be handed over: a stage after the decision, else the statutory due date. */
  public static final String RESULT_DUE_DATE = "resultDueDate";
  public static final String NOTIFY_DECISION_DUE_DATE = "notifyDecisionDueDate";
  /** The applicant's own stage (standard 29: the departure-guarantee documents), counted from the notice. */
  public static final String APPLICANT_STAGE_DUE_DATE = "applicantStageDueDate";
  public static final String DECIDED_AT = "decidedAt";
  public static final String DECISION_NOTIFIED_AT = "decisionNotifiedAt";
  public static final String APPLICANT_DOCUMENTS_AT = "applicantDocumentsAt";
  /** Comma-separated extension kinds applied so far, in order (e.g. "error-correction"). */
  public static final String TERM_EXTENSIONS = "termExtensions";

  // The specialist's decision.
  /** grant, refuse, request-documents, errors-found, extend, withdraw (ReviewOptions). */
  public static final String DECISION = "decision";
  public static final String REFUSAL_GROUND = "refusalGround";
  public static final String DECISION_COMMENT = "decisionComment";
  public static final String EXTENSION_KIND = "extensionKind";
  public static final String EXTENSION_REASON = "extensionReason";
  // Error correction (standards 1-4, 6, 10): the errors the specialist found, the rounds of
  // finding and correcting them (ErrorCorrections), and when the pending round must be corrected.
  public static final String ERRORS_FOUND_TEXT = "errorsFound";
  public static final String ERROR_CORRECTIONS = "errorCorrections";
  public static final String ERROR_CORRECTION_DUE_DATE = "errorCorrectionDueDate";
  public static final String CORRECTION_NOTE = "correctionNote";
  public static final String ERRORS_CORRECTED_BY = "errorsCorrectedBy";

  // A document request.
  public static final String REQUESTED_DOCUMENTS = "requestedDocuments";
  public static final String DOCUMENTS_REQUESTED_AT = "documentsRequestedAt";
  public static final String NOTIFY_APPLICANT_DUE_DATE = "notifyApplicantDueDate";
  public static final String DOCUMENTS_CAP_DATE = "documentsCapDate";
  public static final String DOCUMENTS_DELIVERED = "documentsDelivered";
  public static final String DOCUMENTS_ARRIVED_AT = "documentsArrivedAt";
  /** DELIVERED, REFUSED, WITHDRAWN. */
  public static final String DOCUMENTS_OUTCOME = "documentsOutcome";

  // A fully automated service's answer (kz.qyzmet.automated).
  /** The result the information system returned (or a person entered): its document's reference or content. */
  public static final String AUTOMATED_RESULT = "automatedResult";
  /** The error code the information system reported, or information-system-failure for a failure. */
  public static final String AUTOMATED_ANSWER_ERROR = "automatedAnswerError";
  public static final String AUTOMATED_ANSWER_ERROR_MESSAGE = "automatedAnswerErrorMessage";

  // Breaches.
  public static final String DEADLINE_BREACHED = "statutoryDeadlineBreached";

  // Complaints.
  public static final String COMPLAINT_ID = "complaintId";
  public static final String COMPLAINT_LEVEL = "complaintLevel";
  public static final String COMPLAINT_TEXT = "complaintText";
  public static final String COMPLAINT_REGISTERED_AT = "complaintRegisteredAt";
  public static final String COMPLAINT_DUE_DATE = "complaintDueDate";
  public static final String COMPLAINT_REVIEWER_GROUP = "complaintReviewerGroup";
  /** upheld, rejected. */
  public static final String COMPLAINT_OUTCOME = "complaintOutcome";
  public static final String COMPLAINT_REASONS = "complaintReasons";
  public static final String APPEAL_TO_QUALITY_AUTHORITY = "appealToQualityAuthority";

  private ProcessVariables() {}
}
