package kz.qyzmet.catalog;

/**
 * A kind of case within one standard that changes its documents or terms (e.g. standard 3's
 * disability / loss of breadwinner / age benefits). {@code code} is kebab-case English.
 */
public record CaseType(String code, String nameKk, String nameRu, String nameEn, String paragraph,
    Boolean foundDuringReview) {

  /**
   * True where the decree lets this case be found during processing, so the specialist may move an
   * application to it and its term is derived again (standard 24, p. 4(1): documents missing,
   * damaged or lost - 20 working days instead of 8).
   */
  public boolean canBeFoundDuringReview() {
    return Boolean.TRUE.equals(foundDuringReview);
  }
}
