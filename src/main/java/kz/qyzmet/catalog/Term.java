package kz.qyzmet.catalog;

import java.util.List;

/**
 * One statutory term of a standard.
 *
 * @param channels the channels the term applies to (at least one)
 * @param caseType the case type it is limited to, or null for every case
 * @param kind {@code service} (the whole service), {@code after-documents} (after requested
 *     documents arrive), {@code after-error-fix}, {@code notify-applicant}, {@code queue-wait},
 *     {@code max-service-time}, or a named stage in kebab-case
 * @param value the number the decree gives; null only for {@link TermUnit#SAME_DAY} and
 *     {@link TermUnit#SCHEDULE}
 * @param after for a stage of a chain: the {@code kind} of the term whose end starts this one;
 *     null when the clock starts at the application
 * @param actor who must act within the term when it is not the provider (e.g. {@code applicant})
 * @param onDecision for a stage after the decision: the decision it follows ({@code grant}), when
 *     it follows no other (standard 13: the certificate only to a registered citizen); null for any
 * @param submissionDayCounted what the decree says about counting the day of submission: true,
 *     false, or null where it is silent (then the calendar's default applies)
 * @param fromEn what starts the clock, in English
 * @param paragraph e.g. "Standard 2, p. 4(1)"
 * @param seedLine the seed line the quote starts on
 * @param quoteKk a short exact quote from the seed (spacing normalised)
 */
public record Term(
    List<String> channels,
    String caseType,
    String kind,
    Integer value,
    TermUnit unit,
    String after,
    String actor,
    String onDecision,
    Boolean submissionDayCounted,
    String fromEn,
    String paragraph,
    int seedLine,
    String quoteKk) {

  public static final String SERVICE = "service";
  public static final String AFTER_DOCUMENTS = "after-documents";
  public static final String AFTER_ERROR_FIX = "after-error-fix";
  public static final String NOTIFY_APPLICANT = "notify-applicant";
  /** Stage kinds of the standards that fix stages inside the service term (13, 29). */
  public static final String DECISION = "decision";
  public static final String NOTIFY_DECISION = "notify-decision";
  /** The actor of a stage that is the applicant's to complete. */
  public static final String APPLICANT = "applicant";

  public Term {
    channels = channels == null ? List.of() : List.copyOf(channels);
  }

  /** Whether the stage runs after this decision (grant, refuse). */
  public boolean followsDecision(String decision) {
    return onDecision == null || onDecision.equals(decision);
  }

  public StatutoryPeriod period() {
    return new StatutoryPeriod(value, unit);
  }

  public boolean appliesTo(String channel) {
    return channels.contains(channel);
  }
}
