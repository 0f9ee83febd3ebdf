package kz.qyzmet.process;

/** One row of a standard's required-documents decision table, as it applies to an applicant. */
public record RequiredDocument(String code, String nameKk, String nameEn, String originalOrCopy, String condition,
    String paragraph, String alternativeGroup) {}
