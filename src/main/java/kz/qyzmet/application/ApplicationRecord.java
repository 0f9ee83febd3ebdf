package kz.qyzmet.application;

import java.time.OffsetDateTime;

/** One row of {@code qz_application}. */
public record ApplicationRecord(
    String id,
    int standardNumber,
    String processKey,
    String channel,
    String caseType,
    String applicantIin,
    String applicantName,
    ApplicationStatus status,
    OffsetDateTime submittedAt,
    OffsetDateTime dueAt,
    OffsetDateTime originalDueAt,
    OffsetDateTime closedAt,
    String processInstanceId,
    String externalId,
    String requestHash,
    OffsetDateTime createdAt,
    String createdBy) {}
