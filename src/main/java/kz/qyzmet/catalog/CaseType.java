package kz.qyzmet.catalog;

/**
 * A kind of case within one standard that changes its documents or terms (e.g. standard 3's
 * disability / loss of breadwinner / age benefits). {@code code} is kebab-case English.
 */
public record CaseType(String code, String nameKk, String nameRu, String nameEn, String paragraph) {}
