package kz.qyzmet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.identity.RoleSetup;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@QyzmetIntegrationTest
class RoleSetupTest {

  @Autowired RoleSetup roleSetup;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @Test
  void everyRoleGroupAndDemoUserExistsWithItsMembership() {
    assertThat(identityService.createGroupQuery().groupIdIn(
        Roles.PSC_OPERATORS, Roles.ZTMO_SPECIALISTS, Roles.PROVIDER_SPECIALISTS, Roles.DEPARTMENT_HEADS,
        Roles.PSC_HEADS, Roles.QUALITY_INSPECTORS, Roles.PROCESS_OWNERS, Roles.INTEGRATION_CLIENTS).count())
        .isEqualTo(8);
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.PSC_HEADS).userId("psc.head").count())
        .isEqualTo(1);
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.PSC_OPERATORS).userId("psc.operator").count())
        .isEqualTo(1);
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.ADMIN).userId("demo").count()).isEqualTo(1);
    assertThat(identityService.checkPassword("process.owner", "demo")).isTrue();
  }

  @Test
  void aRestartChangesNothing() {
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();

    roleSetup.setUp();

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void theRoleGroupsRightsAreTheTableAfterARestart_whatAdminAddedOrTookAwayIsUndone() {
    // An administrator gives integration clients the power to change process instances, widens the
    // process owners' rights on tasks and takes Cockpit away from them.
    Authorization widened = grant(Roles.INTEGRATION_CLIENTS, Resources.PROCESS_INSTANCE, "*", Permissions.UPDATE);
    Authorization ownersTasks = authorizationService.createAuthorizationQuery().groupIdIn(Roles.PROCESS_OWNERS)
        .resourceType(Resources.TASK).resourceId("*").singleResult();
    ownersTasks.addPermission(Permissions.UPDATE);
    authorizationService.saveAuthorization(ownersTasks);
    Authorization cockpitForOwners = authorizationService.createAuthorizationQuery()
        .groupIdIn(Roles.PROCESS_OWNERS).resourceType(Resources.APPLICATION).resourceId("cockpit").singleResult();
    authorizationService.deleteAuthorization(cockpitForOwners.getId());
    // Rights of a group of the administrator's own are theirs to keep.
    Authorization ownGroup = grant("almaty-auditors", Resources.PROCESS_INSTANCE, "*", Permissions.READ);

    roleSetup.setUp();

    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Roles.INTEGRATION_CLIENTS).count())
        .as("integration clients have no engine right at all").isZero();
    Authorization tasks = authorizationService.createAuthorizationQuery().groupIdIn(Roles.PROCESS_OWNERS)
        .resourceType(Resources.TASK).resourceId("*").singleResult();
    assertThat(tasks.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(tasks.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Roles.PROCESS_OWNERS)
        .resourceType(Resources.APPLICATION).resourceId("cockpit").count()).isEqualTo(1);
    assertThat(authorizationService.createAuthorizationQuery().authorizationId(widened.getId()).count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().authorizationId(ownGroup.getId()).count()).isEqualTo(1);
    authorizationService.deleteAuthorization(ownGroup.getId());
  }

  @Test
  void onlyThoseWhoTakeApplicationsStartProcesses_andOnlyTheStandardsNotTheSharedBlocks() {
    for (String group : new String[] {Roles.PSC_OPERATORS, Roles.ZTMO_SPECIALISTS, Roles.PROVIDER_SPECIALISTS}) {
      var starts = authorizationService.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.PROCESS_DEFINITION).hasPermission(Permissions.CREATE_INSTANCE).list();
      assertThat(starts).as(group).hasSize(30).allSatisfy(grant ->
          assertThat(grant.getResourceId()).matches("s[0-3][0-9]-[a-z0-9-]+"));
    }
    for (String group : new String[] {Roles.DEPARTMENT_HEADS, Roles.PSC_HEADS, Roles.QUALITY_INSPECTORS, Roles.PROCESS_OWNERS,
        Roles.INTEGRATION_CLIENTS, Roles.ZTMO_INFORMATION_SYSTEM}) {
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.PROCESS_DEFINITION).hasPermission(Permissions.CREATE_INSTANCE).count()).as(group).isZero();
    }
  }

  @Test
  void theInformationSystemSeesAndAnswersItsOwnStandardsInstancesOnly() {
    var rights = authorizationService.createAuthorizationQuery().groupIdIn(Roles.ZTMO_INFORMATION_SYSTEM).list();
    assertThat(rights).singleElement().satisfies(grant -> {
      assertThat(grant.getResourceType()).isEqualTo(Resources.PROCESS_DEFINITION.resourceType());
      assertThat(grant.getResourceId()).isEqualTo("s08-unified-pension-fund-depositor-funds-information");
      assertThat(grant.isPermissionGranted(Permissions.READ_INSTANCE)).isTrue();
      assertThat(grant.isPermissionGranted(Permissions.UPDATE_INSTANCE)).isTrue();
      assertThat(grant.isPermissionGranted(Permissions.READ)).isFalse();
      assertThat(grant.isPermissionGranted(Permissions.CREATE_INSTANCE)).isFalse();
      assertThat(grant.isPermissionGranted(Permissions.DELETE_INSTANCE)).isFalse();
    });
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.ZTMO_INFORMATION_SYSTEM).userId("ztmo.system")
        .count()).isEqualTo(1);
  }

  private Authorization grant(String group, Resources resource, String id, Permissions permission) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    authorization.addPermission(permission);
    return authorizationService.saveAuthorization(authorization);
  }

  @Test
  void aChangedPasswordIsKeptOnRestart() {
    var user = identityService.createUserQuery().userId("quality.inspector").singleResult();
    user.setPassword("changed-by-operator");
    identityService.saveUser(user);
    try {
      roleSetup.setUp();
      assertThat(identityService.checkPassword("quality.inspector", "changed-by-operator")).isTrue();
    } finally {
      user = identityService.createUserQuery().userId("quality.inspector").singleResult();
      user.setPassword("demo");
      identityService.saveUser(user);
    }
  }
}
