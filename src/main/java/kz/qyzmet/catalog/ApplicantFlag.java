package kz.qyzmet.catalog;

/**
 * A fact about the applicant that the required documents depend on (e.g. {@code representative},
 * {@code oralman}); the intake passes the set flags to the standard's required-documents table.
 * {@code nameKk} is the seed's wording where there is one; {@code nameRu} and {@code nameEn} name
 * the fact for a worker.
 */
public record ApplicantFlag(String code, String nameEn, String nameKk, String nameRu) {}
