package kz.qyzmet.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and their rights, and in the demo profile the demo users, once. A group
 * that exists is left alone, with whatever an operator has since changed in Camunda Admin; a
 * restart changes nothing.
 */
@Component
public class RoleSetup implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(RoleSetup.class);
  static final String DEMO_PASSWORD = "demo";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final boolean demoUsers;

  public RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
      @Value("${qyzmet.demo-users:false}") boolean demoUsers) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.demoUsers = demoUsers;
  }

  /** Runs once the engine is built and before the web server takes requests. */
  @Override
  public void afterSingletonsInstantiated() {
    setUp();
  }

  public void setUp() {
    for (RoleDefinition role : RoleDefinition.ALL) {
      if (createGroupIfMissing(role)) {
        role.grants().forEach(grant -> grant(role.groupId(), grant));
        LOG.info("Created group {} with its rights", role.groupId());
      }
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
  record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    static final List<DemoUser> ALL = List.of(
        new DemoUser("psc.operator", "Айгүл", "Сапарова", List.of(Roles.PSC_OPERATORS)),
        new DemoUser("ztmo.specialist", "Ерлан", "Жақсылықов", List.of(Roles.ZTMO_SPECIALISTS)),
        new DemoUser("provider.specialist", "Динара", "Омарова", List.of(Roles.PROVIDER_SPECIALISTS)),
        new DemoUser("department.head", "Бауыржан", "Сейітов", List.of(Roles.DEPARTMENT_HEADS)),
        new DemoUser("quality.inspector", "Гүлнар", "Әбенова", List.of(Roles.QUALITY_INSPECTORS)),
        new DemoUser("process.owner", "Мұрат", "Қасымов", List.of(Roles.PROCESS_OWNERS)),
        new DemoUser("integration.client", "E-gov", "Integration", List.of(Roles.INTEGRATION_CLIENTS)));
  }
}
