package kz.qyzmet.events;

import java.util.Arrays;
import java.util.Optional;

/** What an event reports (docs/events.md has each one's payload). */
public enum EventType {
  APPLICATION_REGISTERED("application.registered"),
  APPLICATION_REFUSED_TO_ACCEPT("application.refused-to-accept"),
  DOCUMENTS_REQUESTED("application.documents-requested"),
  DOCUMENTS_RECEIVED("application.documents-received"),
  DUE_DATE_CHANGED("application.due-date-changed"),
  APPLICATION_DECIDED("application.decided"),
  RESULT_READY("application.result-ready"),
  RESULT_HANDED_OVER("application.handed-over"),
  APPLICATION_WITHDRAWN("application.withdrawn"),
  /** An information request answered at once (the portal's information-only services). */
  APPLICATION_ANSWERED("application.answered"),
  COMPLAINT_REGISTERED("complaint.registered"),
  COMPLAINT_ANSWERED("complaint.answered"),
  TERM_BREACHED("application.statutory-term-breached");

  private final String code;

  EventType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<EventType> byCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
