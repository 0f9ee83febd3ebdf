package kz.qyzmet.sla;

import java.util.Collection;
import java.util.List;
import kz.qyzmet.security.Roles;

/** Who sees the SLA figures: process owners and administrators, over REST and in Cockpit alike. */
public final class SlaAccess {

  public static final List<String> GROUPS = List.of(Roles.ADMIN, Roles.PROCESS_OWNERS);

  private SlaAccess() {}

  public static boolean allowed(Collection<String> groupIds) {
    return groupIds != null && groupIds.stream().anyMatch(GROUPS::contains);
  }

  static String refusal(String user) {
    return "User " + user + " may not see the SLA figures: it needs membership in one of " + String.join(", ", GROUPS);
  }
}
