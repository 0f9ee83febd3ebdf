package kz.qyzmet.intake;

import java.util.Collection;
import kz.qyzmet.security.Roles;

/**
 * Who submits: a user with groups, or the system. The system is a start with no authenticated
 * user: the API starting the engine after it checked its own caller, a delegate, a test; its
 * submission time is bounded only by the calendar.
 *
 * @param userId null for the system
 */
public record Caller(String userId, boolean administrator) {

  public static final Caller SYSTEM = new Caller(null, false);

  public static Caller of(String userId, Collection<String> groups) {
    return new Caller(userId, groups != null && groups.contains(Roles.ADMIN));
  }

  public boolean isSystem() {
    return userId == null;
  }

  /** Administrators (data migration) and the system may state a time before the backdating window. */
  public boolean mayImport() {
    return isSystem() || administrator;
  }
}
