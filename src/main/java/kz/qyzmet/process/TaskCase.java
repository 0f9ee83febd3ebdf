package kz.qyzmet.process;

import java.util.function.Function;

/**
 * A user task as its form reads the case: which step it is, the process definition it belongs to
 * (whose deployment holds the standard's decision tables), the application's root process instance
 * (whose tasks hold the notes) and every variable the task sees, its own and its executions'.
 */
public record TaskCase(String taskDefinitionKey, String processDefinitionId, String rootProcessInstanceId,
    Function<String, Object> variables) {

  public Object variable(String name) {
    return variables.apply(name);
  }
}
