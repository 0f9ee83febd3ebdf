package kz.qyzmet.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.TaskPermissions.TASK_ASSIGN;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A head and the workers they answer for: the head sees every task of those workers' groups and
 * reassigns it (to one of the group's workers, or back to the group's queue), and does nothing else
 * with it. The engine knows no "supervisor", so the right is given per task, when the task is
 * created ({@link #grantHeads}), like the candidates' own: READ and TASK_ASSIGN on that task only,
 * gone with the task. Not READ_VARIABLE (the head reads the task's name, due date and assignee, not
 * the applicant's data), not TASK_WORK (the head neither claims nor completes it), and not a grant on
 * every task, which would show the head every other office's work. TASK_ASSIGN would also let the
 * head change the task's dates, candidates and delegation: {@code EngineDoorGuard} refuses those, and
 * an assignee outside the task's groups, to everyone but administrators.
 */
public record Supervision(String headGroup, List<String> workerGroups) {

  /** The rights a head gets on each task of the workers they answer for. */
  public static final List<Permission> TASK_RIGHTS = List.of(READ, TASK_ASSIGN);

  public static final Supervision DEPARTMENT = new Supervision(Roles.DEPARTMENT_HEADS,
      List.of(Roles.ZTMO_SPECIALISTS, Roles.PROVIDER_SPECIALISTS));
  public static final Supervision PSC = new Supervision(Roles.PSC_HEADS, List.of(Roles.PSC_OPERATORS));
  public static final List<Supervision> ALL = List.of(DEPARTMENT, PSC);

  /** The rights as the rights table writes them. */
  String taskRights() {
    return TASK_RIGHTS.stream().map(Permission::getName).collect(java.util.stream.Collectors.joining(", "));
  }

  /** The supervision of this head's group, if it has one. */
  public static java.util.Optional<Supervision> of(String headGroup) {
    return ALL.stream().filter(supervision -> supervision.headGroup().equals(headGroup)).findFirst();
  }

  /**
   * Gives the heads of the task's candidate groups their rights on it, in the command that creates
   * it (run from the task's create listener; written as the engine writes the candidates' grants,
   * whoever's action created the task).
   */
  public static void grantHeads(DelegateTask task) {
    Set<String> heads = new LinkedHashSet<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(candidate.getType()) && candidate.getGroupId() != null) {
        ALL.stream().filter(supervision -> supervision.workerGroups().contains(candidate.getGroupId()))
            .forEach(supervision -> heads.add(supervision.headGroup()));
      }
    }
    for (String head : heads) {
      AuthorizationEntity grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
      grant.setGroupId(head);
      grant.setResource(Resources.TASK);
      grant.setResourceId(task.getId());
      TASK_RIGHTS.forEach(grant::addPermission);
      Context.getCommandContext().getDbEntityManager().insert(grant);
    }
  }
}
