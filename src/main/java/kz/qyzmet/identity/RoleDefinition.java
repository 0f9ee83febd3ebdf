package kz.qyzmet.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Each role's group and the engine rights it is given on first start. Tasks themselves need no
 * grant here: the engine gives a task's candidate group the right to see and work on it.
 */
record RoleDefinition(String groupId, String name, List<Grant> grants) {

  record Grant(Resource resource, String resourceId, List<Permission> permissions) {}

  private static Grant app(String application) {
    return new Grant(APPLICATION, application, List.of(ACCESS));
  }

  private static Grant any(Resource resource, Permission... permissions) {
    return new Grant(resource, ANY, List.of(permissions));
  }

  /**
   * Workers use Tasklist: the models their forms and diagrams come from. Each role reads only its own
   * filters, granted filter by filter where they are created (kz.qyzmet.tasklist.TasklistFilters).
   */
  private static List<Grant> worker(boolean takesApplications) {
    List<Grant> grants = new ArrayList<>(List.of(app("tasklist"), any(DEPLOYMENT, READ)));
    if (takesApplications) {
      // Those who take applications at their counter may start them from Tasklist.
      grants.add(any(PROCESS_DEFINITION, READ, CREATE_INSTANCE));
      grants.add(any(PROCESS_INSTANCE, CREATE));
    } else {
      grants.add(any(PROCESS_DEFINITION, READ));
    }
    return List.copyOf(grants);
  }

  static final List<RoleDefinition> ALL = List.of(
      new RoleDefinition(Roles.PSC_OPERATORS, "ХҚКО операторлары / PSC operators", worker(true)),
      new RoleDefinition(Roles.ZTMO_SPECIALISTS, "ЗТМО мамандары / Pension centre specialists", worker(true)),
      new RoleDefinition(Roles.PROVIDER_SPECIALISTS, "Бөлім мамандары / Department specialists", worker(true)),
      new RoleDefinition(Roles.DEPARTMENT_HEADS, "Бөлім басшылары / Department heads", worker(false)),
      new RoleDefinition(Roles.QUALITY_INSPECTORS, "Сапа инспекторлары / Quality inspectors", worker(false)),
      new RoleDefinition(Roles.PROCESS_OWNERS, "Процесс иелері / Process owners", List.of(
          app("cockpit"), app("tasklist"),
          any(PROCESS_DEFINITION, READ, READ_HISTORY, READ_INSTANCE),
          any(PROCESS_INSTANCE, READ),
          any(TASK, READ),
          any(DECISION_DEFINITION, READ, READ_HISTORY),
          any(DEPLOYMENT, READ))),
      // Integration clients start and follow applications over REST; they have no webapp.
      new RoleDefinition(Roles.INTEGRATION_CLIENTS, "Интеграция / Integration clients", List.of(
          any(PROCESS_DEFINITION, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY, UPDATE_INSTANCE),
          any(PROCESS_INSTANCE, CREATE, READ, UPDATE),
          any(DECISION_DEFINITION, READ))));
}
