package kz.qyzmet.intake;

import static kz.qyzmet.intake.Violation.quote;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.qyzmet.api.standards.DeployedStandards;
import kz.qyzmet.api.standards.DocumentCodes;
import kz.qyzmet.catalog.ApplicantFlag;
import kz.qyzmet.catalog.CaseType;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.process.ApplicationWording;

/**
 * Checks {@link OfferedByStandard}. A value that its own field's constraints refuse (missing, too
 * long) is left to them, so each mistake is named once.
 */
public class OfferedByStandardValidator implements ConstraintValidator<OfferedByStandard, ApplicationFacts> {

  /** The applicant flag a representative (power of attorney) sets. */
  public static final String REPRESENTATIVE = "representative";

  private final DeployedStandards standards;
  private final DocumentCodes documentCodes;

  public OfferedByStandardValidator(DeployedStandards standards, DocumentCodes documentCodes) {
    this.standards = standards;
    this.documentCodes = documentCodes;
  }

  @Override
  public boolean isValid(ApplicationFacts facts, ConstraintValidatorContext context) {
    if (facts == null || facts.standard() == null) {
      return true;
    }
    // The application states what the wording in force on its submission day offers (an amendment adds a
    // channel, case type or flag from its day on; docs/amendments.md).
    LocalDate day = submissionDay(facts.submittedAt());
    Optional<Wording> served = standards.wordingOn(facts.standard(), day);
    if (served.isEmpty()) {
      return Violation.add(context, "standard", "unknown", facts.standard() + " is not a served standard (served: "
          + standards.servedNumbers() + ")");
    }
    Standard standard = served.get().standard();
    String inWording = served.get().original() ? "" : " as worded from " + served.get().effectiveFrom();
    boolean valid = true;
    Channel channel = null;
    if (usable(facts.channel())) {
      channel = standard.channel(facts.channel()).orElse(null);
      if (channel == null) {
        valid = Violation.add(context, "channel", "not-offered", quote(facts.channel()) + " is not a channel of standard "
            + standard.number() + " on " + day + " (channels: "
            + String.join(", ", standard.channels().stream().map(Channel::id).toList()) + "; wording "
            + served.get().id() + ")");
      }
    }
    valid &= caseType(context, standard, channel, facts);
    List<String> flags = facts.flags() == null ? List.of() : facts.flags();
    for (int i = 0; i < flags.size(); i++) {
      String flag = flags.get(i);
      if (usable(flag) && !standard.hasFlag(flag)) {
        valid = Violation.add(context, "flags[" + i + "]", "unknown", quote(flag) + " is not an applicant flag of standard "
            + standard.number() + inWording + (standard.flags().isEmpty() ? " (it has none)" : " (flags: "
            + String.join(", ", standard.flags().stream().map(ApplicantFlag::code).toList()) + ")"));
      }
    }
    if (flags.contains(REPRESENTATIVE) && facts.representative() == null) {
      valid = Violation.add(context, REPRESENTATIVE, "required", "is required when the flags include representative");
    }
    List<String> documents = facts.documents() == null ? List.of() : facts.documents();
    Set<String> known = documents.isEmpty() ? Set.of() : documentCodes.of(standard);
    for (int i = 0; i < documents.size(); i++) {
      String code = documents.get(i);
      if (usable(code) && !known.contains(code)) {
        valid = Violation.add(context, "documents[" + i + "]", "unknown", quote(code) + " is not a document of standard "
            + standard.number());
      }
    }
    return valid;
  }

  /**
   * Required where the standard has case types, except at a channel that takes no applications
   * (the portal's information requests); one of them, taken at the channel; absent otherwise.
   */
  private static boolean caseType(ConstraintValidatorContext context, Standard standard, Channel channel,
      ApplicationFacts facts) {
    String caseType = facts.caseType();
    List<String> codes = standard.caseTypes().stream().map(CaseType::code).toList();
    if (caseType == null || caseType.isBlank()) {
      if (!codes.isEmpty() && (channel == null || channel.takesApplications())) {
        return Violation.add(context, "caseType", "required", "is required for standard " + standard.number()
            + " (one of " + String.join(", ", channel == null || channel.caseTypes().isEmpty() ? codes
            : channel.caseTypes()) + ")");
      }
      return true;
    }
    if (caseType.length() > ApplicationFacts.Codes.MAX) {
      return true;
    }
    if (!standard.hasCaseType(caseType)) {
      return Violation.add(context, "caseType", "not-offered", codes.isEmpty()
          ? quote(caseType) + " is not a case type of standard " + standard.number() + ", which has none; leave it out"
          : quote(caseType) + " is not a case type of standard " + standard.number() + " (case types: "
              + String.join(", ", codes) + ")");
    }
    if (channel != null && !channel.accepts(caseType)) {
      return Violation.add(context, "caseType", "not-offered", caseType + " is not taken at channel " + channel.id()
          + " of standard " + standard.number() + " (it takes " + String.join(", ", channel.caseTypes()) + ")");
    }
    return true;
  }

  /** The day in Kazakhstan of the submission; today for now, and for a moment no calendar holds (refused elsewhere). */
  private static LocalDate submissionDay(Instant submittedAt) {
    if (submittedAt != null) {
      try {
        return ApplicationWording.dayOf(Date.from(submittedAt));
      } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
        // WithinSubmissionWindow names the problem
      }
    }
    return StandardsCatalog.today();
  }

  private static boolean usable(String code) {
    return code != null && !code.isBlank() && code.length() <= ApplicationFacts.Codes.MAX;
  }
}
