package kz.qyzmet.catalog;

/**
 * A fact about the applicant that the required documents depend on (e.g. {@code representative},
 * {@code oralman}); the intake passes the set flags to the standard's required-documents table.
 * {@code nameKk} is the seed's wording where there is one; where the decree has no words for the
 * fact, {@code nameKkTranslated} is Qyzmet's Kazakh name for it (docs/glossary.md), so that a worker
 * still reads it in Kazakh. {@code nameRu} and {@code nameEn} name the fact for a worker.
 */
public record ApplicantFlag(String code, String nameEn, String nameKk, String nameRu, String nameKkTranslated) {

  /** The Kazakh name a screen shows: the decree's wording, else Qyzmet's translation. */
  public String kazakhName() {
    return nameKk != null && !nameKk.isBlank() ? nameKk : nameKkTranslated;
  }
}
