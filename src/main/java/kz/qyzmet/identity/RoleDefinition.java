package kz.qyzmet.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.qyzmet.automated.InformationSystems;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * The rights table: each role's group and its engine rights (role × resource × permission), the
 * only rights a role group has. It governs the webapps' engine API, the door workers and process
 * owners use; external systems use {@code /api/v1}, which checks its own table
 * ({@code kz.qyzmet.api.ApiRights}) and needs none of these, and {@code /engine-rest} is for
 * administrators only ({@code kz.qyzmet.security.SecurityConfiguration}), but for the five
 * external-task calls of the information systems, whose rights on their own standard's process are
 * here too ({@code automated/information-systems.yaml}).
 *
 * <p>What is not here is given by the engine itself, per task: a task's candidate group gets READ,
 * TASK_WORK (claim, complete, comment) and READ_VARIABLE on that task and READ, READ_VARIABLE on its
 * history, and nothing else; with {@code enforce-specific-variable-permission} that is the only way a
 * worker reads an applicant's data. Heads get READ and TASK_ASSIGN on each task of the workers they
 * answer for, also per task ({@link Supervision}). Filters are granted one by one where they are created
 * ({@code kz.qyzmet.tasklist.TasklistFilters}). Nobody here may update, modify, signal, migrate or
 * delete a process instance, or execute or change a job: only administrators. The exception is an
 * information system's UPDATE_INSTANCE on its own standard's process, which completes that process's
 * external tasks; the door lets it make no other call.
 */
record RoleDefinition(String groupId, String name, List<Grant> grants) {

  /** Rights on one resource: {@code resourceId} is an id, a process key, or {@code *} for any. */
  record Grant(Resource resource, String resourceId, List<Permission> permissions) {}

  private static Grant app(String application) {
    return new Grant(APPLICATION, application, List.of(ACCESS));
  }

  private static Grant any(Resource resource, Permission... permissions) {
    return new Grant(resource, ANY, List.of(permissions));
  }

  /**
   * Workers use Tasklist: the models their forms and diagrams come from (the law's models, no one's
   * data). Those who take applications at their counter may start the standards' processes, and no
   * other: a shared block started on its own would skip the standard's intake.
   */
  private static List<Grant> worker(boolean takesApplications, List<String> standardProcessKeys) {
    List<Grant> grants = new ArrayList<>(List.of(app("tasklist"), any(PROCESS_DEFINITION, READ),
        any(DEPLOYMENT, READ)));
    if (takesApplications) {
      standardProcessKeys.forEach(key -> grants.add(new Grant(PROCESS_DEFINITION, key, List.of(CREATE_INSTANCE))));
      grants.add(any(PROCESS_INSTANCE, CREATE));
    }
    grants.add(groupNames());
    return List.copyOf(grants);
  }

  /**
   * Tasklist shows a task's candidate groups by name ("ХҚКО операторлары / Операторы ЦОН"), and by id
   * to whoever may not read the group: a worker's task may name another role's group too (an error
   * correction is offered to the reviewers and to the intake). A group is a role's id, name and type.
   */
  private static Grant groupNames() {
    return any(GROUP, READ);
  }

  private static List<Grant> head(List<String> standardProcessKeys) {
    List<Grant> grants = new ArrayList<>(worker(false, standardProcessKeys));
    grants.add(any(USER, READ));
    return List.copyOf(grants);
  }

  /** The table, for the standards' process keys of the catalog. */
  static List<RoleDefinition> all(List<String> standardProcessKeys) {
    List<RoleDefinition> roles = new ArrayList<>(List.of(
        new RoleDefinition(Roles.PSC_OPERATORS, "ХҚКО операторлары / Операторы ЦОН",
            worker(true, standardProcessKeys)),
        new RoleDefinition(Roles.ZTMO_SPECIALISTS, "ЗТМО мамандары / Специалисты ГЦВП",
            worker(true, standardProcessKeys)),
        new RoleDefinition(Roles.PROVIDER_SPECIALISTS, "Бөлім мамандары / Специалисты отдела",
            worker(true, standardProcessKeys)),
        // Heads reassign their workers' tasks (Supervision); Tasklist looks the new assignee up
        // among the users first, so heads read the users' profiles (names, no password).
        new RoleDefinition(Roles.DEPARTMENT_HEADS, "Бөлім басшылары / Руководители отдела",
            head(standardProcessKeys)),
        new RoleDefinition(Roles.PSC_HEADS, "ХҚКО басшылары / Руководители ЦОН",
            head(standardProcessKeys)),
        new RoleDefinition(Roles.QUALITY_INSPECTORS, "Сапа инспекторлары / Инспекторы по качеству",
            worker(false, standardProcessKeys)),
        // Process owners watch deadlines and breaches: instances, tasks and history, read only, and
        // without the variables (no applicant's IIN or name); their own tasks (overdue complaint
        // reviews) they work as candidates.
        new RoleDefinition(Roles.PROCESS_OWNERS, "Процесс иелері / Владельцы процессов", List.of(
            app("cockpit"), app("tasklist"),
            any(PROCESS_DEFINITION, READ, READ_INSTANCE, READ_HISTORY),
            any(PROCESS_INSTANCE, READ),
            any(TASK, READ),
            any(DECISION_DEFINITION, READ, READ_HISTORY),
            any(DEPLOYMENT, READ),
            groupNames())),
        // External systems use /api/v1 only: no webapp, no engine right.
        new RoleDefinition(Roles.INTEGRATION_CLIENTS, "Интеграция / Интеграция", List.of())));
    // Information systems answer the fully automated services: the external tasks of their own
    // standard's process, fetched and completed at the narrow door of /engine-rest/external-task
    // (kz.qyzmet.security.InformationSystemDoor), nothing else.
    roles.addAll(informationSystems(standardProcessKeys));
    return List.copyOf(roles);
  }

  private static List<RoleDefinition> informationSystems(List<String> standardProcessKeys) {
    return InformationSystems.fromClasspath().systems().stream().map(system -> new RoleDefinition(system.group(),
        system.nameKk() + " / " + system.nameRu(), system.topics().stream()
            .map(topic -> new Grant(PROCESS_DEFINITION, processOf(topic.standard(), standardProcessKeys),
                List.of(READ_INSTANCE, UPDATE_INSTANCE)))
            .toList())).toList();
  }

  /** The standard's process key, or a placeholder the Markdown table names by the standard's number. */
  private static String processOf(int standard, List<String> standardProcessKeys) {
    String prefix = String.format("s%02d-", standard);
    return standardProcessKeys.stream().filter(key -> key.startsWith(prefix)).findFirst()
        .orElse(STANDARD_PROCESS + standard);
  }

  /**
   * The table as Markdown, one row per grant, with the standards' keys folded into one row: the
   * text docs/security.md and the README carry (a test keeps them equal).
   */
  static String markdown() {
    StringBuilder table = new StringBuilder("| role (group) | resource | resource id | permissions |\n|---|---|---|---|\n");
    for (RoleDefinition role : all(List.of(STANDARD_PROCESSES))) {
      if (role.grants().isEmpty()) {
        table.append("| `").append(role.groupId()).append("` | — | — | none (uses `/api/v1` only) |\n");
      }
      for (Grant grant : role.grants()) {
        table.append("| `").append(role.groupId()).append("` | ").append(resourceName(grant.resource()))
            .append(" | ").append(grant.resourceId().equals(ANY) ? "any" : grant.resourceId().equals(STANDARD_PROCESSES)
                ? "each standard's process (`s01-…` to `s30-…`)" : grant.resourceId().startsWith(STANDARD_PROCESS)
                ? standardProcess(grant.resourceId()) : "`" + grant.resourceId() + "`")
            .append(" | ").append(grant.permissions().stream().map(Permission::getName)
                .collect(Collectors.joining(", "))).append(" |\n");
      }
      Supervision.of(role.groupId()).ifPresent(supervision -> table.append("| `").append(role.groupId())
          .append("` | Task | each task of ").append(supervision.workerGroups().stream().map(group -> "`" + group + "`")
              .collect(Collectors.joining(", "))).append(" (given per task when it is created) | ")
          .append(supervision.taskRights()).append(" |\n"));
    }
    return table.toString();
  }

  private static final String STANDARD_PROCESSES = "<standard>";
  private static final String STANDARD_PROCESS = "<standard>:";

  private static String standardProcess(String placeholder) {
    int number = Integer.parseInt(placeholder.substring(STANDARD_PROCESS.length()));
    return String.format("standard %d's process (`s%02d-…`)", number, number);
  }

  private static String resourceName(Resource resource) {
    String name = resource.resourceName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
