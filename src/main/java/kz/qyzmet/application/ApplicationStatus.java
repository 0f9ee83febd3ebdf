package kz.qyzmet.application;

/** Where an application stands. The last four are end states. */
public enum ApplicationStatus {
  /** Handed in; the package is being checked against the required documents. */
  SUBMITTED,
  /** Accepted with a complete package; the statutory term runs. */
  REGISTERED,
  /** The specialist examines it. */
  IN_REVIEW,
  /** Additional documents were requested; the applicant's answer is awaited. */
  AWAITING_DOCUMENTS,
  /** A decision is taken; the result is being handed over. */
  RESULT_READY,
  GRANTED,
  REFUSED,
  /** The package was incomplete and not accepted (the applicant got a receipt saying so). */
  REFUSED_TO_ACCEPT,
  WITHDRAWN,
  /** An information request answered (the portal's information-only services). */
  ANSWERED;

  public boolean isFinal() {
    return this == GRANTED || this == REFUSED || this == REFUSED_TO_ACCEPT || this == WITHDRAWN || this == ANSWERED;
  }
}
