package kz.qyzmet.process;

import kz.qyzmet.catalog.Standard;
import kz.qyzmet.security.Roles;

/** Which group does the work of an application, by channel and by who renders the standard. */
public final class WorkGroups {

  private WorkGroups() {}

  /** The standards taken in by the pension centre (ZTMO) are reviewed there; the rest by the department. */
  public static String reviewerGroup(Standard standard) {
    return standard.hasChannel("ztmo") ? Roles.ZTMO_SPECIALISTS : Roles.PROVIDER_SPECIALISTS;
  }

  /** Who takes the package in and hands the result back at a channel. */
  public static String intakeGroup(String channel, Standard standard) {
    return switch (channel) {
      case "psc" -> Roles.PSC_OPERATORS;
      case "ztmo" -> Roles.ZTMO_SPECIALISTS;
      case "provider", "akim" -> Roles.PROVIDER_SPECIALISTS;
      // The portal's packages go to whoever reviews them.
      default -> reviewerGroup(standard);
    };
  }
}
