package kz.qyzmet.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One standard of a public service, as the decree states it: channels, case types, the applicant
 * flags its documents depend on, every statutory term with its paragraph and quote, extensions,
 * refusal grounds, complaint terms, and how Qyzmet reads the unclear places.
 *
 * @param code {@code s02}
 * @param processKey {@code s02-basic-pension-payment-assignment}: the BPMN process id
 * @param nameKk the title exactly as in the seed
 * @param nameRu the title in Russian: Qyzmet's translation, the decree's official Russian text
 *     prevails (docs/glossary.md)
 */
public record Standard(
    int number,
    String code,
    String slug,
    String processKey,
    String nameKk,
    String nameRu,
    String nameEn,
    String providerKk,
    String providerRu,
    String providerEn,
    SeedLines seedLines,
    List<Channel> channels,
    List<CaseType> caseTypes,
    List<ApplicantFlag> flags,
    List<Term> terms,
    List<Extension> extensions,
    List<RefusalGround> refusalGrounds,
    Complaints complaints,
    List<Interpretation> interpretations) {

  public Standard {
    channels = copy(channels);
    caseTypes = copy(caseTypes);
    flags = copy(flags);
    terms = copy(terms);
    extensions = copy(extensions);
    refusalGrounds = copy(refusalGrounds);
    interpretations = copy(interpretations);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The DMN decision id of this standard's required-documents table. */
  public String requiredDocumentsDecisionKey() {
    return code + "-required-documents";
  }

  public Optional<Channel> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public boolean hasChannel(String id) {
    return channel(id).isPresent();
  }

  public Optional<CaseType> caseType(String code) {
    return caseTypes.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  public boolean hasCaseType(String code) {
    return caseType(code).isPresent();
  }

  public boolean hasFlag(String code) {
    return flags.stream().anyMatch(f -> f.code().equals(code));
  }

  /**
   * The term for the whole service at a channel. With a case type, the term for that case type if
   * the decree gives one, else the channel's term without a case type; {@code caseType} may be null
   * or blank.
   */
  public Optional<Term> serviceTerm(String channel, String caseType) {
    return term(Term.SERVICE, channel, caseType);
  }

  /** Like {@link #serviceTerm} for any kind of term ({@code after-documents}, a stage, ...). */
  public Optional<Term> term(String kind, String channel, String caseType) {
    boolean specific = caseType != null && !caseType.isBlank();
    if (specific) {
      Optional<Term> exact = terms.stream()
          .filter(t -> t.kind().equals(kind) && t.appliesTo(channel)
              && caseType.equals(t.caseType()))
          .findFirst();
      if (exact.isPresent()) {
        return exact;
      }
    }
    return terms.stream()
        .filter(t -> t.kind().equals(kind) && t.appliesTo(channel) && t.caseType() == null)
        .findFirst();
  }

  /** Every term of a kind, in the file's order. */
  public List<Term> terms(String kind) {
    return terms.stream().filter(t -> t.kind().equals(kind)).toList();
  }

  public Optional<Extension> extension(String kind) {
    return extensions.stream().filter(e -> e.kind().equals(kind)).findFirst();
  }

  /** The extension of a kind that applies at a channel. */
  public Optional<Extension> extension(String kind, String channel) {
    return extensions.stream()
        .filter(e -> e.kind().equals(kind) && e.channels().contains(channel))
        .findFirst();
  }

  @Override
  public String toString() {
    return "Standard[" + code + " " + Objects.toString(nameEn, "") + "]";
  }
}
