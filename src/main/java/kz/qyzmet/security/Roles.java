package kz.qyzmet.security;

/**
 * The groups of the engine's identity service that Qyzmet's rights are given to. A Spring Security
 * authority is the group id with the prefix {@link #AUTHORITY_PREFIX}.
 */
public final class Roles {

  public static final String AUTHORITY_PREFIX = "GROUP_";

  public static final String ADMIN = "camunda-admin";
  public static final String PSC_OPERATORS = "psc-operators";
  public static final String ZTMO_SPECIALISTS = "ztmo-specialists";
  public static final String PROVIDER_SPECIALISTS = "provider-specialists";
  public static final String DEPARTMENT_HEADS = "department-heads";
  /** The heads of PSC branches: complaints about the actions (inaction) of a PSC employee. */
  public static final String PSC_HEADS = "psc-heads";
  public static final String QUALITY_INSPECTORS = "quality-inspectors";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String INTEGRATION_CLIENTS = "integration-clients";
  /** The pension centre's information system (automated/information-systems.yaml), which answers standard 8. */
  public static final String ZTMO_INFORMATION_SYSTEM = "ztmo-information-system";
  public static final String EMPLOYMENT_INFORMATION_SYSTEM = "employment-information-system";

  private Roles() {}

  public static String authority(String group) {
    return AUTHORITY_PREFIX + group;
  }
}
