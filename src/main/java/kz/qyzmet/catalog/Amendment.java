package kz.qyzmet.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * An amendment to one standard, read from {@code standards/amendments/sNN-YYYY-MM-DD.yaml}: from
 * {@code effectiveFrom} (Asia/Almaty) the parts it holds replace the same parts of the wording in
 * force before it; everything else carries over. Applications answer to the wording in force on
 * the day they were submitted (docs/amendments.md).
 *
 * <p>A part replaces the part of the earlier wording with the same key: a term its kind, channels
 * and case type; an extension its kind, channels and case type; a refusal ground its code; a
 * channel its id. Required documents the amendment no longer asks for are listed by their code in
 * the standard's decision table ({@code documentsDropped}); documents it asks for anew are given
 * whole, with the channels (and case types, flags) that bring them ({@code documentsAdded}).
 *
 * <p>An amendment may add a channel, a case type or an applicant flag ({@code channelsAdded},
 * {@code caseTypesAdded}, {@code flagsAdded}); the decision table has no rows for it, so the
 * amendment states its documents: {@code documentsAs} names the channel (case type, flag) of the
 * wording whose documents it brings, and {@code documentsAdded} may name it. Terms and extensions
 * of an added channel or case type are added, not replaced.
 *
 * @param standard the number of the standard it amends
 * @param effectiveFrom the first day the new wording applies
 * @param changesKk what changed, in words (Kazakh; also {@code changesRu}, {@code changesEn})
 * @param textKk the amending act's words for this standard; a part whose {@code seedLine} is
 *     absent (0) quotes this text instead of the seed
 * @param fictitious true for an amendment made up for tests: never in the production catalog
 * @param runningApplicationsMove what the act's transitional provisions say: true when applications
 *     already running move to the new wording (an administrator's migration), false when they keep
 *     the wording they were submitted under (the default, and the rule when the act is silent)
 * @param transitionalParagraph where the act says so, when it does
 */
public record Amendment(
    int standard,
    LocalDate effectiveFrom,
    AmendingAct act,
    String changesKk,
    String changesRu,
    String changesEn,
    String textKk,
    boolean fictitious,
    boolean runningApplicationsMove,
    String transitionalParagraph,
    List<Channel> channels,
    List<Channel> channelsAdded,
    List<CaseType> caseTypesAdded,
    List<ApplicantFlag> flagsAdded,
    DocumentsAs documentsAs,
    List<Term> terms,
    List<Extension> extensions,
    List<RefusalGround> refusalGrounds,
    List<DroppedDocument> documentsDropped,
    List<AddedDocument> documentsAdded) {

  public Amendment {
    channels = copy(channels);
    channelsAdded = copy(channelsAdded);
    caseTypesAdded = copy(caseTypesAdded);
    flagsAdded = copy(flagsAdded);
    documentsAs = documentsAs == null ? DocumentsAs.NONE : documentsAs;
    terms = copy(terms);
    extensions = copy(extensions);
    refusalGrounds = copy(refusalGrounds);
    documentsDropped = copy(documentsDropped);
    documentsAdded = copy(documentsAdded);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * Which existing channel, case type or flag an added one brings the documents of: the table is
   * asked as for the existing one (docs/amendments.md). Keys are the added codes, values codes the
   * wording before the amendment has.
   */
  public record DocumentsAs(java.util.Map<String, String> channels, java.util.Map<String, String> caseTypes,
      java.util.Map<String, String> flags) {

    public static final DocumentsAs NONE = new DocumentsAs(null, null, null);

    public DocumentsAs {
      channels = channels == null ? java.util.Map.of() : java.util.Map.copyOf(channels);
      caseTypes = caseTypes == null ? java.util.Map.of() : java.util.Map.copyOf(caseTypes);
      flags = flags == null ? java.util.Map.of() : java.util.Map.copyOf(flags);
    }

    public boolean isEmpty() {
      return channels.isEmpty() && caseTypes.isEmpty() && flags.isEmpty();
    }

    /** These and another's (an earlier wording's), this one's first. */
    DocumentsAs with(DocumentsAs earlier) {
      var c = new java.util.HashMap<>(earlier.channels);
      c.putAll(channels);
      var t = new java.util.HashMap<>(earlier.caseTypes);
      t.putAll(caseTypes);
      var f = new java.util.HashMap<>(earlier.flags);
      f.putAll(flags);
      return new DocumentsAs(c, t, f);
    }

    /** The channel the table is asked for. */
    public String channel(String channel) {
      return channel == null ? null : channels.getOrDefault(channel, channel);
    }

    /** The case type the table is asked for (blank stays blank). */
    public String caseType(String caseType) {
      return caseType == null ? null : caseTypes.getOrDefault(caseType, caseType);
    }

    /** The flags the table is asked for: each added flag as the one whose documents it brings. */
    public List<String> flags(List<String> applicantFlags) {
      if (applicantFlags == null || flags.isEmpty()) {
        return applicantFlags;
      }
      return applicantFlags.stream().map(f -> flags.getOrDefault(f, f)).distinct().toList();
    }
  }

  /**
   * A required document the amended wording no longer asks for.
   *
   * @param code its code in {@code dmn/sNN-required-documents.dmn}
   */
  public record DroppedDocument(String code, String paragraph, int seedLine, String quoteKk) {}

  /**
   * A required document the amended wording asks for that the decision table does not hold, as a
   * row of the table would give it (the names as the act words them).
   *
   * @param code a code the wording does not have yet (neither in the table nor added before)
   * @param originalOrCopy {@code original}, {@code copy}, ... as in the table
   * @param condition when it is required, in words, as in the table ({@code always} when always)
   * @param alternativeGroup documents of one group stand for each other; empty or absent when none
   * @param channels the channels at which it is required (at least one, each the standard's)
   * @param caseTypes the case types it is required for; empty: every case type
   * @param flags required only of an applicant carrying one of these flags; empty: of every applicant
   */
  public record AddedDocument(String code, String nameKk, String nameRu, String nameEn, String originalOrCopy,
      String condition, String paragraph, String alternativeGroup, List<String> channels, List<String> caseTypes,
      List<String> flags, int seedLine, String quoteKk) {

    public AddedDocument {
      channels = copy(channels);
      caseTypes = copy(caseTypes);
      flags = copy(flags);
    }

    /** Whether an applicant of this channel, case type and flags brings it. */
    public boolean appliesTo(String channel, String caseType, List<String> applicantFlags) {
      return channels.contains(channel)
          && (caseTypes.isEmpty() || caseTypes.contains(caseType))
          && (flags.isEmpty() || (applicantFlags != null && applicantFlags.stream().anyMatch(flags::contains)));
    }
  }
}
