package kz.qyzmet.application;

import java.util.Date;

/**
 * A change of an application's statutory due date.
 *
 * @param kind REGISTERED, DOCUMENT_REQUEST, DOCUMENTS_ARRIVED, EXTENSION, CALENDAR_CORRECTION
 */
public record DeadlineChange(String kind, Date previousDue, Date due, String reason, Date at, String by) {}
