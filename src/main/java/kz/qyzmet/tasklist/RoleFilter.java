package kz.qyzmet.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.qyzmet.identity.Supervision;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A saved task filter that every role of Tasklist gets: its stable key (the marker that identifies
 * it whatever an administrator later renames), its name and description in Kazakh and Russian (and
 * the Kazakh / English name it had before, so that a filter never renamed follows the new one), its
 * place and colour in the filter list, and its query. The queries use the engine's expressions
 * ({@code ${currentUser()}}, {@code ${now()}}), evaluated each time Tasklist runs the filter, and
 * what a worker then sees is further cut down by the engine's task rights: a worker sees the tasks
 * of their own groups only.
 */
record RoleFilter(String key, String name, String formerName, String description, int priority, String color,
    Function<TaskService, TaskQuery> query) {

  /**
   * The escalation tasks: raised when a statutory deadline, a notice term, the documents cap, a
   * complaint's review term or the applicant's own stage after the decision is missed.
   */
  static final List<String> ESCALATION_TASKS = List.of("UserTask_AnswerBreach", "UserTask_AnswerMissedNotification",
      "UserTask_DecideWithoutDocuments", "UserTask_AnswerOverdueComplaint", "UserTask_DecideOnMissedApplicantStage");

  /** The groups whose candidates get the escalation tasks; only they get the escalations filter. */
  static final List<String> ESCALATION_GROUPS = List.of(Roles.DEPARTMENT_HEADS, Roles.PROCESS_OWNERS);

  /** The groups that work in Tasklist and get these filters. */
  static final List<String> GROUPS = List.of(Roles.PSC_OPERATORS, Roles.ZTMO_SPECIALISTS, Roles.PROVIDER_SPECIALISTS,
      Roles.DEPARTMENT_HEADS, Roles.PSC_HEADS, Roles.QUALITY_INSPECTORS, Roles.PROCESS_OWNERS);

  static final RoleFilter MY_TASKS = new RoleFilter("my-tasks",
      "Менің тапсырмаларым / Мои задачи", "Менің тапсырмаларым / My tasks",
      "Маған бекітілген, мерзімі бойынша / Назначенные мне, по сроку",
      -20, "#337ab7",
      tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());

  static final RoleFilter GROUP_QUEUE = new RoleFilter("group-queue",
      "Топ кезегі / Очередь группы", "Топ кезегі / My group's queue",
      "Топтың барлық тапсырмалары, мерзімі бойынша / Все задачи группы, по сроку",
      -10, "#5cb85c",
      tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
          .includeAssignedTasks().orderByDueDate().asc());

  // Due dates fall at the end of a working day in Almaty (18:00, 13:00 UTC), so the start of the
  // next day in the server's zone separates today's from tomorrow's for any zone from UTC to UTC+5.
  static final RoleFilter DUE_TODAY = new RoleFilter("due-today",
      "Бүгін мерзімі бітетін / Срок истекает сегодня", "Бүгін мерзімі бітетін / Due today",
      "Бүгін аяқталуы тиіс, мерзімі өткендерімен / До конца дня, включая просроченные",
      0, "#f0ad4e",
      tasks -> tasks.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(1).withTimeAtStartOfDay()}")
          .orderByDueDate().asc());

  static final RoleFilter OVERDUE = new RoleFilter("overdue",
      "Мерзімі өткен / Просроченные", "Мерзімі өткен / Overdue",
      "Мерзімі қазір өтіп кеткен / Срок уже истёк",
      10, "#d9534f",
      tasks -> tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());

  static final RoleFilter ESCALATIONS = new RoleFilter("escalations",
      "Эскалациялар / Эскалации", "Эскалациялар / Escalations",
      "Мерзім бұзылғаннан кейінгі тапсырмалар / Задачи после нарушения срока",
      20, "#8e44ad",
      tasks -> tasks.createTaskQuery().taskDefinitionKeyIn(ESCALATION_TASKS.toArray(String[]::new))
          .orderByDueDate().asc());

  /**
   * A head's view of the work of those they answer for ({@link Supervision}): every task of those
   * groups, whoever holds it, late ones first. What a head sees is still cut down by the engine: the
   * head's rights are on those groups' tasks, one by one.
   */
  static RoleFilter workersOverdue(Supervision supervision) {
    boolean department = supervision.headGroup().equals(Roles.DEPARTMENT_HEADS);
    return new RoleFilter("workers-overdue",
        department ? "Мамандардың мерзімі өткен тапсырмалары / Просроченные задачи специалистов"
            : "Операторлардың мерзімі өткен тапсырмалары / Просроченные задачи операторов", "",
        department ? "Мамандардың мерзімі өткен барлық тапсырмалары, кімде екені көрсетілген / "
            + "Все просроченные задачи специалистов, с исполнителем"
            : "Операторлардың мерзімі өткен барлық тапсырмалары, кімде екені көрсетілген / "
            + "Все просроченные задачи операторов, с исполнителем",
        30, "#a94442",
        tasks -> tasks.createTaskQuery().taskCandidateGroupIn(supervision.workerGroups()).includeAssignedTasks()
            .dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  static RoleFilter workersDueToday(Supervision supervision) {
    boolean department = supervision.headGroup().equals(Roles.DEPARTMENT_HEADS);
    return new RoleFilter("workers-due-today",
        department ? "Мамандардың бүгін мерзімі бітетін тапсырмалары / Задачи специалистов со сроком сегодня"
            : "Операторлардың бүгін мерзімі бітетін тапсырмалары / Задачи операторов со сроком сегодня", "",
        department ? "Мамандардың бүгін аяқталуы тиіс, әлі мерзімі өтпеген тапсырмалары / "
            + "Задачи специалистов, которые нужно завершить сегодня и срок которых ещё не истёк"
            : "Операторлардың бүгін аяқталуы тиіс, әлі мерзімі өтпеген тапсырмалары / "
            + "Задачи операторов, которые нужно завершить сегодня и срок которых ещё не истёк",
        25, "#e67e22",
        tasks -> tasks.createTaskQuery().taskCandidateGroupIn(supervision.workerGroups()).includeAssignedTasks()
            .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(1).withTimeAtStartOfDay()}")
            .orderByDueDate().asc());
  }

  /** The filters of one group, in the order Tasklist lists them. */
  static List<RoleFilter> forGroup(String groupId) {
    List<RoleFilter> filters = new ArrayList<>(List.of(MY_TASKS, GROUP_QUEUE, DUE_TODAY, OVERDUE));
    if (ESCALATION_GROUPS.contains(groupId)) {
      filters.add(ESCALATIONS);
    }
    Supervision.of(groupId).ifPresent(supervision -> {
      filters.add(workersDueToday(supervision));
      filters.add(workersOverdue(supervision));
    });
    return List.copyOf(filters);
  }

  /**
   * The filters' variables: Tasklist offers them by name in its search and shows them on the task
   * cards of those who may read process instances (process owners); a worker's rights are on tasks
   * only, so a worker's cards leave them out (docs/tasklist.md).
   */
  static List<Map<String, String>> cardVariables() {
    return List.of(variable("applicationId", "Өтініш / Заявление"),
        variable("applicantName", "Өтініш беруші / Заявитель"),
        variable("applicantIin", "ЖСН / ИИН"),
        variable("channel", "Арна / Канал"));
  }

  private static Map<String, String> variable(String name, String label) {
    Map<String, String> variable = new LinkedHashMap<>();
    variable.put("name", name);
    variable.put("label", label);
    return variable;
  }
}
