package kz.qyzmet.api.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.Violations;
import kz.qyzmet.catalog.ApplicantFlag;
import kz.qyzmet.catalog.CaseType;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import org.springframework.stereotype.Component;

/** Checks of what a request says about a standard: its number, channel, case type, flags, documents. */
@Component
public class StandardChecks {

  /** Codes of channels, case types, flags and documents: lower case, digits, '-' and '_'. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  public static final int MAX_CODE = 64;
  public static final int MAX_DOCUMENTS = 100;

  private final DeployedStandards standards;
  private final DocumentCodes documentCodes;

  public StandardChecks(DeployedStandards standards, DocumentCodes documentCodes) {
    this.standards = standards;
    this.documentCodes = documentCodes;
  }

  /** A served standard from a path segment: 400 if it is not a number, 404 if it is not served. */
  public Standard fromPath(String text) {
    int number;
    try {
      number = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("number", "wrong-type", "number must be the standard's number (1 to 30), not '"
          + abbreviate(text) + "'");
    }
    return standards.byNumber(number).orElseThrow(() -> ApiException.notFound("number",
        "Standard " + number + " is not served (served: " + standards.servedNumbers() + ")"));
  }

  /** A served standard from a path segment in the wording in force on a day (as {@link #fromPath}). */
  public Wording fromPath(String text, LocalDate day) {
    Standard standard = fromPath(text);
    return standards.wordingOn(standard.number(), day).orElseThrow();
  }

  /**
   * The day of a query parameter {@code on} (YYYY-MM-DD, a day in Kazakhstan): today by the engine's
   * clock when absent; 400 when it is not a day.
   */
  public static LocalDate day(String field, String text) {
    if (text == null) {
      return StandardsCatalog.today();
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiException.badRequest(field, "format", field + " must be a day, YYYY-MM-DD (e.g. 2026-03-23), not '"
          + abbreviate(text) + "'");
    }
  }

  /** A served standard named in a body; null (with the problem recorded) if there is none. */
  public Standard fromBody(Violations violations, String field, Integer number) {
    if (!violations.required(field, number)) {
      return null;
    }
    Optional<Standard> standard = standards.byNumber(number);
    if (standard.isEmpty()) {
      violations.add(field, "unknown", "Standard " + number + " is not served (served: "
          + standards.servedNumbers() + ")");
      return null;
    }
    return standard.get();
  }

  /** The channel, one of the standard's; null if it is not. */
  public Channel channel(Violations violations, String field, Standard standard, String channel) {
    if (!violations.required(field, channel) || !violations.maxLength(field, channel, MAX_CODE)) {
      return null;
    }
    Optional<Channel> found = standard.channel(channel);
    if (found.isEmpty()) {
      violations.add(field, "not-offered", "Standard " + standard.number() + " has no channel '" + abbreviate(channel)
          + "' (channels: " + String.join(", ", standard.channels().stream().map(Channel::id).toList()) + ")");
      return null;
    }
    return found.get();
  }

  /**
   * The case type: required when the standard has case types (except at a channel that takes no
   * applications, e.g. the portal's information requests), one of them, and taken at the channel;
   * absent when the standard has none. Answers the code, or "" for none.
   */
  public String caseType(Violations violations, String field, Standard standard, Channel channel, String caseType) {
    boolean given = caseType != null && !caseType.isBlank();
    List<String> codes = standard.caseTypes().stream().map(CaseType::code).toList();
    if (!given) {
      if (!codes.isEmpty() && (channel == null || channel.takesApplications())) {
        violations.add(field, "required", field + " is required for standard " + standard.number() + " (one of "
            + String.join(", ", channel == null || channel.caseTypes().isEmpty() ? codes : channel.caseTypes())
            + ")");
      }
      return "";
    }
    if (!violations.maxLength(field, caseType, MAX_CODE)) {
      return "";
    }
    if (!standard.hasCaseType(caseType)) {
      violations.add(field, "not-offered", codes.isEmpty()
          ? "Standard " + standard.number() + " has no case types; leave " + field + " out"
          : "Standard " + standard.number() + " has no case type '" + abbreviate(caseType) + "' (case types: "
              + String.join(", ", codes) + ")");
      return "";
    }
    if (channel != null && !channel.accepts(caseType)) {
      violations.add(field, "not-offered", "Channel " + channel.id() + " of standard " + standard.number()
          + " does not take case type " + caseType + " (it takes " + String.join(", ", channel.caseTypes()) + ")");
      return "";
    }
    return caseType;
  }

  /** Applicant flags, each one the standard declares. */
  public List<String> flags(Violations violations, String field, Standard standard, List<String> flags) {
    if (flags == null) {
      return List.of();
    }
    for (int i = 0; i < flags.size(); i++) {
      String flag = flags.get(i);
      String at = field + "[" + i + "]";
      if (!violations.required(at, flag) || !violations.maxLength(at, flag, MAX_CODE)) {
        continue;
      }
      if (!standard.hasFlag(flag)) {
        violations.add(at, "unknown", "Standard " + standard.number() + " has no applicant flag '" + abbreviate(flag)
            + "'" + (standard.flags().isEmpty() ? " (it has none)" : " (flags: "
            + String.join(", ", standard.flags().stream().map(ApplicantFlag::code).toList()) + ")"));
      }
    }
    return flags.stream().filter(f -> f != null && standard.hasFlag(f)).distinct().toList();
  }

  /**
   * Document codes, each in the standard's required-documents table (for any channel) or among
   * {@code alsoAllowed}; an empty list is allowed only if {@code emptyAllowed}.
   */
  public List<String> documents(Violations violations, String field, Standard standard, List<String> documents,
      boolean emptyAllowed, java.util.Collection<String> alsoAllowed) {
    if (!violations.required(field, documents)) {
      return List.of();
    }
    if (documents.isEmpty() && !emptyAllowed) {
      violations.add(field, "required", field + " must name at least one document");
      return List.of();
    }
    if (documents.size() > MAX_DOCUMENTS) {
      violations.add(field, "too-long", field + " lists more than " + MAX_DOCUMENTS + " documents");
      return List.of();
    }
    var known = documentCodes.of(standard);
    for (int i = 0; i < documents.size(); i++) {
      String code = documents.get(i);
      String at = field + "[" + i + "]";
      if (!violations.required(at, code) || !violations.maxLength(at, code, MAX_CODE)) {
        continue;
      }
      if (!known.contains(code) && !alsoAllowed.contains(code)) {
        violations.add(at, "unknown", "'" + abbreviate(code) + "' is not a document of standard " + standard.number()
            + (alsoAllowed.isEmpty() ? "" : " nor one of those requested (" + String.join(", ", alsoAllowed) + ")"));
      }
    }
    return documents.stream().filter(d -> d != null && !d.isBlank()).distinct().sorted().toList();
  }

  /** Echoes a client's value in a message without letting a huge one through. */
  public static String abbreviate(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
