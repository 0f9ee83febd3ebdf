package kz.qyzmet.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.PermissionProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups, and in the demo profile the demo users, once, and keeps each role
 * group's rights equal to the rights table ({@link RoleDefinition}) at every start: a right an
 * administrator added to a role group in Camunda Admin is taken away again (logged), a missing one
 * given back. Least privilege is the table, not whatever a group has drifted to; to give someone
 * more, an administrator grants it to that user or to a group of their own, which is left alone,
 * as are the engine's per-task grants, the per-filter grants and any revoke. A restart that finds
 * the table in place writes nothing. Demo users and their changed passwords are never overwritten.
 */
@Component
public class RoleSetup implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(RoleSetup.class);
  static final String DEMO_PASSWORD = "demo";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final StandardsCatalog catalog;
  private final boolean demoUsers;

  private final PermissionProvider permissions;

  public RoleSetup(ProcessEngine engine, StandardsCatalog catalog, @Value("${qyzmet.demo-users:false}") boolean demoUsers) {
    this.identityService = engine.getIdentityService();
    this.authorizationService = engine.getAuthorizationService();
    // The engine's list of the permissions each resource has (an impl interface; Operaton keeps it).
    this.permissions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPermissionProvider();
    this.catalog = catalog;
    this.demoUsers = demoUsers;
  }

  /** Runs once the engine is built and before the web server takes requests. */
  @Override
  public void afterSingletonsInstantiated() {
    setUp();
  }

  public void setUp() {
    List<String> standardProcesses = catalog.all().stream().map(Standard::processKey).toList();
    for (RoleDefinition role : RoleDefinition.all(standardProcesses)) {
      if (createGroupIfMissing(role)) {
        LOG.info("Created group {}", role.groupId());
      }
      keepToTable(role);
    }
    if (demoUsers) {
      for (DemoUser user : DemoUser.ALL) {
        createDemoUserIfMissing(user);
      }
    }
  }

  private boolean createGroupIfMissing(RoleDefinition role) {
    if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) {
      return false;
    }
    Group group = identityService.newGroup(role.groupId());
    group.setName(role.name());
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    return true;
  }

  /** Makes the group's grants on the table's resources exactly the table's. */
  private void keepToTable(RoleDefinition role) {
    Map<String, RoleDefinition.Grant> wanted = new LinkedHashMap<>();
    role.grants().forEach(grant -> wanted.put(key(grant.resource().resourceType(), grant.resourceId()), grant));
    List<Authorization> existing = authorizationService.createAuthorizationQuery().groupIdIn(role.groupId()).list();
    for (Authorization authorization : existing) {
      if (authorization.getAuthorizationType() != AUTH_TYPE_GRANT || grantedByTheEngineOrFilters(authorization)) {
        continue;
      }
      RoleDefinition.Grant grant = wanted.remove(key(authorization.getResourceType(), authorization.getResourceId()));
      if (grant == null) {
        LOG.warn("Group {} had rights outside the rights table ({} {} {}): taken away", role.groupId(),
            authorization.getResourceType(), authorization.getResourceId(), names(authorization));
        authorizationService.deleteAuthorization(authorization.getId());
      } else if (!sameRights(authorization, grant)) {
        LOG.warn("Group {} had other rights on {} {} than the rights table ({}): set to {}", role.groupId(),
            grant.resource().resourceName(), grant.resourceId(), names(authorization), grant.permissions());
        authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
        authorizationService.saveAuthorization(authorization);
      }
    }
    wanted.values().forEach(grant -> grant(role.groupId(), grant));
  }

  /** Per-task grants (the engine's, for candidates) and per-filter grants (TasklistFilters). */
  private static boolean grantedByTheEngineOrFilters(Authorization authorization) {
    int type = authorization.getResourceType();
    boolean oneTask = (type == Resources.TASK.resourceType() || type == Resources.HISTORIC_TASK.resourceType())
        && !ANY.equals(authorization.getResourceId());
    return oneTask || type == Resources.FILTER.resourceType();
  }

  private boolean sameRights(Authorization authorization, RoleDefinition.Grant grant) {
    Permission[] all = permissions.getPermissionsForResource(authorization.getResourceType());
    for (Permission permission : all) {
      if (permission.getValue() == 0 || permission.getValue() == Integer.MAX_VALUE) {
        continue; // NONE and ALL
      }
      if (authorization.isPermissionGranted(permission) != grant.permissions().contains(permission)) {
        return false;
      }
    }
    return true;
  }

  private String names(Authorization authorization) {
    return Arrays.stream(authorization.getPermissions(permissions.getPermissionsForResource(authorization.getResourceType())))
        .map(Permission::getName).toList().toString();
  }

  private static String key(int resourceType, String resourceId) {
    return resourceType + "/" + resourceId;
  }

  private void grant(String groupId, RoleDefinition.Grant grant) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private void createDemoUserIfMissing(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
      return;
    }
    var user = identityService.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setEmail(demo.id() + "@demo.qyzmet.kz");
    user.setPassword(DEMO_PASSWORD);
    identityService.saveUser(user);
    for (String group : demo.groups()) {
      identityService.createMembership(demo.id(), group);
    }
    LOG.info("Created demo user {} in {}", demo.id(), demo.groups());
  }

  /** A demo user of the default profile; every one has the password "demo". */
  public record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    public static final List<DemoUser> ALL = List.of(
        new DemoUser("psc.operator", "Айгүл", "Сапарова", List.of(Roles.PSC_OPERATORS)),
        new DemoUser("ztmo.specialist", "Ерлан", "Жақсылықов", List.of(Roles.ZTMO_SPECIALISTS)),
        new DemoUser("provider.specialist", "Динара", "Омарова", List.of(Roles.PROVIDER_SPECIALISTS)),
        new DemoUser("department.head", "Бауыржан", "Сейітов", List.of(Roles.DEPARTMENT_HEADS)),
        new DemoUser("psc.head", "Сәуле", "Нұрланова", List.of(Roles.PSC_HEADS)),
        new DemoUser("quality.inspector", "Гүлнар", "Әбенова", List.of(Roles.QUALITY_INSPECTORS)),
        new DemoUser("process.owner", "Мұрат", "Қасымов", List.of(Roles.PROCESS_OWNERS)),
        new DemoUser("integration.client", "E-gov", "Integration", List.of(Roles.INTEGRATION_CLIENTS)),
        new DemoUser("ztmo.system", "ЗТМО", "Ақпараттық жүйе", List.of(Roles.ZTMO_INFORMATION_SYSTEM)),
        new DemoUser("employment.system", "Жұмыспен қамту", "Ақпараттық жүйе",
            List.of(Roles.EMPLOYMENT_INFORMATION_SYSTEM)));
  }
}
