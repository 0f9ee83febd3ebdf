package kz.qyzmet.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A standard as it reads from {@code effectiveFrom} until the next wording: the decree's own (the
 * file {@code standards/sNN.yaml}) or the decree as amended by {@code act}.
 *
 * @param standard the whole standard in this wording: what processes, forms and the API read
 * @param amendment the amendment that made it, or null for the decree's own wording
 * @param documentsDropped codes of the decision table's documents this wording no longer asks for
 *     (every amendment up to this one)
 * @param documentsAdded documents this wording asks for that the decision table does not hold
 *     (every amendment up to this one, without those a later one dropped), in the order added
 * @param documentsAs the channels, case types and flags amendments added, each with the existing one
 *     whose documents it brings (every amendment up to this one)
 */
public record Wording(Standard standard, LocalDate effectiveFrom, AmendingAct act, Amendment amendment,
    Set<String> documentsDropped, List<Amendment.AddedDocument> documentsAdded, Amendment.DocumentsAs documentsAs) {

  public Wording {
    documentsDropped = Set.copyOf(documentsDropped);
    documentsAdded = List.copyOf(documentsAdded);
    documentsAs = documentsAs == null ? Amendment.DocumentsAs.NONE : documentsAs;
  }

  /** e.g. {@code s02@2026-03-23}: the standard and the day its wording took effect. */
  public String id() {
    return standard.code() + "@" + effectiveFrom;
  }

  public int number() {
    return standard.number();
  }

  /** Whether this is the decree's own wording. */
  public boolean original() {
    return amendment == null;
  }

  /** Whether the wording comes from an amendment made up for tests. */
  public boolean fictitious() {
    return amendment != null && amendment.fictitious();
  }

  /** The documents this wording added that an applicant of this channel, case type and flags brings. */
  public List<Amendment.AddedDocument> documentsAdded(String channel, String caseType, List<String> flags) {
    if (documentsAdded.isEmpty()) {
      return List.of();
    }
    // An added channel (case type, flag) brings what the one it is "documentsAs" brings, and what is added for it.
    String asChannel = documentsAs.channel(channel);
    String asCaseType = documentsAs.caseType(caseType);
    List<String> asFlags = documentsAs.flags(flags);
    return documentsAdded.stream()
        .filter(d -> d.appliesTo(channel, caseType, flags) || d.appliesTo(asChannel, asCaseType, asFlags))
        .toList();
  }

  /** Removes the documents this wording no longer asks for from a decision table's answer. */
  public <T> List<T> withoutDropped(List<T> documents, java.util.function.Function<T, String> code) {
    return documentsDropped.isEmpty() ? documents
        : documents.stream().filter(d -> !documentsDropped.contains(code.apply(d))).toList();
  }
}
