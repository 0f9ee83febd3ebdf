package kz.qyzmet.catalog;

/**
 * Complaint review terms, counted from the complaint's registration.
 *
 * @param providerWorkingDays review by the provider (or the ministry)
 * @param qualityAuthorityWorkingDays review by the authorised body for assessing and controlling
 *     the quality of public services
 * @param pscHead the complaint about the actions (inaction) of a PSC employee, addressed to the
 *     PSC's head; null where the decree provides none
 */
public record Complaints(
    int providerWorkingDays,
    int qualityAuthorityWorkingDays,
    String paragraph,
    int seedLine,
    String quoteKk,
    int qualityAuthoritySeedLine,
    String qualityAuthorityQuoteKk,
    PscHead pscHead) {

  /**
   * A complaint to the PSC's head about one of its employees.
   *
   * @param paragraph, seedLine, quoteKk where the decree addresses it to the PSC's head
   * @param workingDays the review term from the complaint's registration
   * @param termSource where that number comes from: the decree's paragraph where the standard
   *     states a term for the PSC, else the Law "On public services", art. 25
   * @param termSeedLine, termQuoteKk the decree's sentence, when the decree is the term's source
   *     (0 and null otherwise)
   */
  public record PscHead(
      int workingDays,
      String termSource,
      int termSeedLine,
      String termQuoteKk,
      String paragraph,
      int seedLine,
      String quoteKk) {

    public boolean termFromDecree() {
      return termSeedLine > 0;
    }
  }
}
