package kz.qyzmet.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gives every role its Tasklist filters ({@link RoleFilter}), each readable by the role's group
 * only, once. A filter is created only when its role has never had it: the filter carries a marker
 * (its group and key in its properties, which survive renaming it in Tasklist), and its creation is
 * recorded in the engine's properties, so a filter an administrator has changed is left as it is and
 * one they deleted stays deleted. A restart changes nothing.
 */
@Component
public class TasklistFilters implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  /** The properties of a filter that say whose filter it is. */
  static final String GROUP_MARKER = "qyzmetGroup";
  static final String KEY_MARKER = "qyzmetFilter";
  /** The engine property that records a filter was created once, e.g. qyzmet.tasklist-filter.psc-operators.overdue. */
  static final String CREATED_PREFIX = "qyzmet.tasklist-filter.";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final ManagementService managementService;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService, ManagementService managementService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.managementService = managementService;
  }

  /** Runs once the engine is built and before the web server takes requests. */
  @Override
  public void afterSingletonsInstantiated() {
    setUp();
  }

  public void setUp() {
    List<Filter> existing = filterService.createTaskFilterQuery().list();
    Map<String, String> created = managementService.getProperties();
    for (String group : RoleFilter.GROUPS) {
      for (RoleFilter definition : RoleFilter.forGroup(group)) {
        String record = CREATED_PREFIX + group + "." + definition.key();
        existing.stream().filter(filter -> isFilterOf(filter, group, definition)).forEach(filter -> relabel(filter, definition));
        if (created.containsKey(record) || existing.stream().anyMatch(filter -> isFilterOf(filter, group, definition))) {
          continue;
        }
        Filter filter = create(group, definition);
        managementService.setProperty(record, filter.getId());
        LOG.info("Created Tasklist filter '{}' for {}", definition.name(), group);
      }
    }
  }

  /**
   * A filter still under the Kazakh / English name it was first created with gets its Kazakh /
   * Russian name, description and card labels; one an administrator renamed is left as it is.
   */
  private void relabel(Filter filter, RoleFilter definition) {
    if (!definition.formerName().equals(filter.getName())) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
    properties.put("description", definition.description());
    properties.put("variables", RoleFilter.cardVariables());
    filterService.saveFilter(filter.setName(definition.name()).setProperties(properties));
    LOG.info("Renamed Tasklist filter '{}' to '{}'", definition.formerName(), definition.name());
  }

  /** The filters Tasklist shows to a member of this group, as created here. */
  public List<Filter> filtersOf(String groupId) {
    return filterService.createTaskFilterQuery().list().stream()
        .filter(filter -> filter.getProperties() != null && groupId.equals(filter.getProperties().get(GROUP_MARKER)))
        .toList();
  }

  static boolean isFilterOf(Filter filter, String group, RoleFilter definition) {
    Map<String, Object> properties = filter.getProperties();
    return properties != null && Objects.equals(properties.get(GROUP_MARKER), group)
        && Objects.equals(properties.get(KEY_MARKER), definition.key());
  }

  private Filter create(String group, RoleFilter definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", false);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", RoleFilter.cardVariables());
    properties.put(GROUP_MARKER, group);
    properties.put(KEY_MARKER, definition.key());

    Filter filter = filterService.newTaskFilter(definition.name())
        .setProperties(properties)
        .setQuery(definition.query().apply(taskService));
    filter = filterService.saveFilter(filter);

    Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    read.setGroupId(group);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(read);
    return filter;
  }
}
