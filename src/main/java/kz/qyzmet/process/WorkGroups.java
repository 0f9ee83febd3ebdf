package kz.qyzmet.process;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * Who may correct errors found in a case (standard 3, p. 4(1): errors "of ZTMO or the PSC"): the
   * office that reviews it, and the office that took it in where that is another one.
   */
  public static List<String> errorCorrectors(String reviewerGroup, String intakeGroup) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(reviewerGroup);
    groups.add(intakeGroup);
    groups.remove(null);
    return List.copyOf(groups);
  }
}
