package kz.qyzmet.process;

import java.util.Arrays;
import kz.qyzmet.catalog.Complaints;
import kz.qyzmet.catalog.KindNames;
import kz.qyzmet.security.Roles;

/** Who reviews a complaint, and in how many working days from its registration. */
public enum ComplaintLevel {
  /** The provider's head (or the ministry): 5 working days in every standard. */
  PROVIDER("provider", Roles.DEPARTMENT_HEADS),
  /**
   * The PSC's head, for a complaint about the actions (inaction) of a PSC employee, where the
   * decree provides it: the term of the catalog's {@code complaints.pscHead} (the decree's, or
   * the Law "On public services", art. 25 p. 2).
   */
  PSC_HEAD("psc-head", Roles.PSC_HEADS),
  /** The authorised body for assessing and controlling the quality of public services: 15. */
  QUALITY_AUTHORITY("quality-authority", Roles.QUALITY_INSPECTORS);

  private final String code;
  private final String reviewerGroup;

  ComplaintLevel(String code, String reviewerGroup) {
    this.code = code;
    this.reviewerGroup = reviewerGroup;
  }

  public static ComplaintLevel of(String code) {
    return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unknown complaint level '" + code + "': use provider, psc-head or quality-authority"));
  }

  public String code() {
    return code;
  }

  /** The level's name in Kazakh, Russian and English (one table: {@link KindNames}). */
  public KindNames.Name names() {
    return KindNames.complaintLevel(code).orElseThrow();
  }

  public String reviewerGroup() {
    return reviewerGroup;
  }

  public int workingDays(Complaints complaints) {
    return switch (this) {
      case PROVIDER -> complaints.providerWorkingDays();
      case QUALITY_AUTHORITY -> complaints.qualityAuthorityWorkingDays();
      case PSC_HEAD -> {
        if (complaints.pscHead() == null) {
          throw new IllegalStateException("The standard provides no complaint to the PSC's head");
        }
        yield complaints.pscHead().workingDays();
      }
    };
  }
}
