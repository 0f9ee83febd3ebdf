package kz.qyzmet.receipt;

import java.util.List;

/**
 * A receipt as the applicant takes it home, already worded in its language: the decree's annex
 * receipt (registration number, date of acceptance, who accepted, when the service is due) or the
 * PSC's receipt of refusal to accept the documents (p. 10 of most standards).
 *
 * @param facts the table of facts, label and value
 * @param documentsHeading the heading of the documents' table (taken, or missing)
 * @param notes paragraphs printed under the documents (the refusal ground, the extension of the term)
 * @param signer who signs for the office, printed before the signature line
 */
public record Receipt(Kind kind, ReceiptLanguage language, String title, String subtitle, List<Fact> facts,
    String documentsHeading, List<DocumentLine> documents, List<String> notes, String signerLabel, String signer) {

  public enum Kind {
    ACCEPTANCE,
    REFUSAL
  }

  public record Fact(String label, String value) {}

  /** A document by its name in the decree, with the paragraph that requires it (may be empty). */
  public record DocumentLine(String name, String paragraph) {}
}
