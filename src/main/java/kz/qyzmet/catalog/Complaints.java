package kz.qyzmet.catalog;

/**
 * Complaint review terms, counted from the complaint's registration.
 *
 * @param providerWorkingDays review by the provider (or the ministry)
 * @param qualityAuthorityWorkingDays review by the authorised body for assessing and controlling
 *     the quality of public services
 */
public record Complaints(
    int providerWorkingDays,
    int qualityAuthorityWorkingDays,
    String paragraph,
    int seedLine,
    String quoteKk,
    int qualityAuthoritySeedLine,
    String qualityAuthorityQuoteKk) {}
