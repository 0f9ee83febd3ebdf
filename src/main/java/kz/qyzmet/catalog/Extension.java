package kz.qyzmet.catalog;

import java.util.List;

/**
 * A way the decree lets a term run longer.
 *
 * <p>Kinds in use: {@code document-request} (doubt about a document or further documents
 * requested: the whole service may take at most {@code maxTotal} from submission, the applicant is
 * told within {@code notifyApplicant}, and once the documents arrive the service is due within
 * {@code afterResolution}); {@code error-correction} (errors by the office: {@code extendBy}, then
 * {@code afterResolution} from the fix); {@code check} (an inspection or further enquiries:
 * {@code extendBy}). A document request with neither {@code maxTotal} nor {@code extendBy} runs
 * within the term (standard 30, p. 9: what the provider finds it needs during processing); it must
 * say so with {@code withinTerm: true}.
 *
 * @param channels the channels it applies to
 * @param caseType the case type it is limited to, or null
 */
public record Extension(
    String kind,
    List<String> channels,
    String caseType,
    String triggerEn,
    StatutoryPeriod maxTotal,
    StatutoryPeriod extendBy,
    StatutoryPeriod notifyApplicant,
    StatutoryPeriod afterResolution,
    Boolean withinTerm,
    String paragraph,
    int seedLine,
    String quoteKk) {

  public static final String DOCUMENT_REQUEST = "document-request";
  public static final String ERROR_CORRECTION = "error-correction";
  public static final String CHECK = "check";

  /** True for a request that does not extend the term. */
  public boolean runsWithinTerm() {
    return Boolean.TRUE.equals(withinTerm);
  }

  public Extension {
    channels = channels == null ? List.of() : List.copyOf(channels);
  }
}
