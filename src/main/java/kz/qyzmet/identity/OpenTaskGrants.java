package kz.qyzmet.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the tasks that were open before a right was introduced the per-task grants a task gets
 * today when it is created, at start-up: the heads' (READ, TASK_ASSIGN, {@link Supervision}) and the
 * history grant of every candidate and assignee (READ, READ_VARIABLE on the historic task, which the
 * engine gives since {@code enable-historic-instance-permissions}; without it Tasklist answers a
 * worker's comment with "No task found for task id"). One query each; a restart finds nothing to do.
 */
@Component
public class OpenTaskGrants implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(OpenTaskGrants.class);
  private static final int TASK = Resources.TASK.resourceType();
  private static final int HISTORIC_TASK = Resources.HISTORIC_TASK.resourceType();

  private final AuthorizationService authorizations;
  private final JdbcTemplate jdbc;

  public OpenTaskGrants(ProcessEngine engine, JdbcTemplate jdbc) {
    this.authorizations = engine.getAuthorizationService();
    this.jdbc = jdbc;
  }

  @Override
  public void afterSingletonsInstantiated() {
    grantMissing();
  }

  public void grantMissing() {
    int heads = 0;
    for (Supervision supervision : Supervision.ALL) {
      String groups = String.join(",", supervision.workerGroups().stream().map(group -> "?").toList());
      Object[] arguments = new Object[supervision.workerGroups().size() + 1];
      for (int i = 0; i < supervision.workerGroups().size(); i++) {
        arguments[i] = supervision.workerGroups().get(i);
      }
      arguments[arguments.length - 1] = supervision.headGroup();
      List<String> tasks = jdbc.queryForList("select distinct l.TASK_ID_ from ACT_RU_IDENTITYLINK l"
          + " where l.TYPE_ = 'candidate' and l.TASK_ID_ is not null and l.GROUP_ID_ in (" + groups + ")"
          + " and not exists (select 1 from ACT_RU_AUTHORIZATION a where a.RESOURCE_TYPE_ = " + TASK
          + " and a.RESOURCE_ID_ = l.TASK_ID_ and a.GROUP_ID_ = ?)", String.class, arguments);
      for (String task : tasks) {
        AuthorizationEntity grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
        grant.setGroupId(supervision.headGroup());
        grant.setResource(Resources.TASK);
        grant.setResourceId(task);
        Supervision.TASK_RIGHTS.forEach(grant::addPermission);
        authorizations.saveAuthorization(grant);
        heads++;
      }
    }
    List<String> headGroups = Supervision.ALL.stream().map(Supervision::headGroup).toList();
    List<Map<String, Object>> withoutHistory = jdbc.queryForList("select a.GROUP_ID_ as group_id, a.USER_ID_ as user_id,"
        + " a.RESOURCE_ID_ as task_id, e.ROOT_PROC_INST_ID_ as root_id from ACT_RU_AUTHORIZATION a"
        + " join ACT_RU_TASK t on t.ID_ = a.RESOURCE_ID_ left join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
        + " where a.TYPE_ = " + AUTH_TYPE_GRANT + " and a.RESOURCE_TYPE_ = " + TASK
        + " and not exists (select 1 from ACT_RU_AUTHORIZATION h where h.RESOURCE_TYPE_ = " + HISTORIC_TASK
        + " and h.RESOURCE_ID_ = a.RESOURCE_ID_ and (h.GROUP_ID_ = a.GROUP_ID_ or h.USER_ID_ = a.USER_ID_))");
    int histories = 0;
    for (Map<String, Object> row : withoutHistory) {
      String group = (String) row.get("group_id");
      if (group != null && headGroups.contains(group)) {
        continue; // heads do not read the history of their workers' tasks
      }
      AuthorizationEntity grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setUserId((String) row.get("user_id"));
      grant.setResource(Resources.HISTORIC_TASK);
      grant.setResourceId((String) row.get("task_id"));
      grant.setRootProcessInstanceId((String) row.get("root_id"));
      grant.addPermission(HistoricTaskPermissions.READ);
      grant.addPermission(HistoricTaskPermissions.READ_VARIABLE);
      authorizations.saveAuthorization(grant);
      histories++;
    }
    if (heads + histories > 0) {
      LOG.info("Open tasks given the grants of today's tasks: {} heads' grants, {} history grants", heads, histories);
    }
  }
}
