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
        Roles.QUALITY_INSPECTORS, Roles.PROCESS_OWNERS, Roles.INTEGRATION_CLIENTS).count()).isEqualTo(7);
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
  void anOperatorsEditInAdminIsNotOverwrittenOnRestart() {
    Authorization cockpitForOwners = authorizationService.createAuthorizationQuery()
        .groupIdIn(Roles.PROCESS_OWNERS).resourceType(Resources.APPLICATION).resourceId("cockpit")
        .singleResult();
    authorizationService.deleteAuthorization(cockpitForOwners.getId());
    try {
      roleSetup.setUp();
      assertThat(authorizationService.createAuthorizationQuery()
          .groupIdIn(Roles.PROCESS_OWNERS).resourceType(Resources.APPLICATION).resourceId("cockpit").count())
          .isZero();
    } finally {
      Authorization restore = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      restore.setGroupId(Roles.PROCESS_OWNERS);
      restore.setResource(Resources.APPLICATION);
      restore.setResourceId("cockpit");
      restore.addPermission(Permissions.ACCESS);
      authorizationService.saveAuthorization(restore);
    }
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
