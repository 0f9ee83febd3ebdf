package kz.qyzmet.casefile;

import java.time.OffsetDateTime;

/** One row of {@code qz_case_file}: a file of an application's case file, without its bytes. */
public record CaseFile(String id, String applicationId, String documentCode, String fileName, String contentType,
    long size, String sha256, String storageKey, String uploadedBy, OffsetDateTime uploadedAt) {}
