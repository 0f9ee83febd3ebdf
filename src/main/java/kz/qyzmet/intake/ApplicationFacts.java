package kz.qyzmet.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What an application states, however it arrives (the API, the engine REST API, Tasklist's start
 * form, a start in Java), checked by {@link ApplicationIntake} with the same constraints.
 *
 * @param standard the standard's number
 * @param caseType null or blank for none
 * @param flags applicant flags as stated (may be empty)
 * @param documents document codes handed in (may be empty, not null)
 * @param submittedAt null for now
 * @param submittedBy who states all this; decides how far back {@code submittedAt} may lie
 */
@OfferedByStandard
@WithinSubmissionWindow
public record ApplicationFacts(
    @NotNull(message = "is required") Integer standard,
    @NotBlank(message = "is required") @Size(max = Codes.MAX, message = "is longer than {max} characters")
    String channel,
    @Size(max = Codes.MAX, message = "is longer than {max} characters") String caseType,
    @NotNull(message = "is required (iin and fullName)") @Valid Person applicant,
    @Valid Person representative,
    @NotNull(message = "is required")
    List<@NotBlank(message = "is required") @Size(max = Codes.MAX, message = "is longer than {max} characters") String>
        flags,
    @NotNull(message = "is required") @Size(max = Codes.MAX_DOCUMENTS, message = "lists more than {max} documents")
    List<@NotBlank(message = "is required") @Size(max = Codes.MAX, message = "is longer than {max} characters") String>
        documents,
    Instant submittedAt,
    @NotNull Caller submittedBy) {

  /**
   * @param iin 12 digits with a possible birth date and a valid control digit
   * @param fullName as in the identity document
   */
  public record Person(
      @NotBlank(message = "is required") @Iin String iin,
      @NotBlank(message = "is required") @Size(max = Person.MAX_NAME, message = "is longer than {max} characters")
      @PersonName String fullName) {

    public static final int MAX_NAME = 300;
  }

  /** Limits of codes (channels, case types, flags, documents). */
  public static final class Codes {
    public static final int MAX = 64;
    public static final int MAX_DOCUMENTS = 100;

    private Codes() {}
  }
}
