package kz.qyzmet.catalog;

/** An unclear place in the decree and how Qyzmet reads it. */
public record Interpretation(String doubt, String decision) {}
