package kz.qyzmet.process;

/**
 * One row of a standard's required-documents decision table, as it applies to an applicant.
 *
 * @param nameKk the decree's Kazakh wording
 * @param nameRu its Russian translation (the decree's official Russian text prevails)
 */
public record RequiredDocument(String code, String nameKk, String nameRu, String nameEn, String originalOrCopy,
    String condition, String paragraph, String alternativeGroup) {}
