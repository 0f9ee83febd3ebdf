package kz.qyzmet.catalog;

import java.util.List;

/**
 * Where an applicant deals with a standard: {@code ztmo}, {@code psc}, {@code portal},
 * {@code provider} or {@code akim}.
 *
 * @param firstTimeOnly the channel takes only first-time applications (e.g. the PSC in standard 2)
 * @param homeVisit the channel's staff accept documents at home from applicants who cannot come
 *     for health reasons
 * @param caseTypes the case types the channel takes; empty means all of the standard's (e.g. in
 *     standard 5 the PSC takes only three of the six social risks)
 * @param restrictionEn any other limit the decree puts on the channel, in English (may be null)
 */
public record Channel(
    String id,
    String nameKk,
    String nameRu,
    String nameEn,
    List<ChannelFunction> functions,
    boolean firstTimeOnly,
    boolean homeVisit,
    List<String> caseTypes,
    String restrictionEn,
    String paragraph,
    int seedLine) {

  public Channel {
    functions = functions == null ? List.of() : List.copyOf(functions);
    caseTypes = caseTypes == null ? List.of() : List.copyOf(caseTypes);
  }

  /** True when the channel takes this case type (null or blank: the standard has none). */
  public boolean accepts(String caseType) {
    return caseTypes.isEmpty() || caseType == null || caseType.isBlank()
        || caseTypes.contains(caseType);
  }

  public boolean does(ChannelFunction function) {
    return functions.contains(function);
  }

  /** True when applicants apply here (as opposed to only asking for information or being paid). */
  public boolean takesApplications() {
    return does(ChannelFunction.INTAKE);
  }
}
