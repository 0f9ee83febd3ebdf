package kz.qyzmet.process;

import java.util.List;
import java.util.Map;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates a standard's {@code sNN-required-documents} decision table. From a process it uses the
 * table deployed with the process (deployment binding); from the API, the latest one.
 */
@Component
public class RequiredDocuments {

  private final StandardsCatalog catalog;
  private final DecisionService decisionService;
  private final RepositoryService repositoryService;

  public RequiredDocuments(StandardsCatalog catalog, DecisionService decisionService,
      RepositoryService repositoryService) {
    this.catalog = catalog;
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  /**
   * @param processDefinitionId the calling process's definition, whose deployment holds the table;
   *     null for the latest version
   */
  public List<RequiredDocument> evaluate(int standardNumber, String channel, String caseType, List<String> flags,
      String processDefinitionId) {
    String key = catalog.require(standardNumber).requiredDocumentsDecisionKey();
    Map<String, Object> inputs = Variables.createVariables()
        .putValue("channel", channel)
        .putValue("caseType", caseType == null ? "" : caseType)
        .putValue("flags", List.copyOf(flags));
    DmnDecisionResult result = decision(key, processDefinitionId)
        .map(id -> decisionService.evaluateDecisionById(id).variables(inputs).evaluate())
        .orElseGet(() -> decisionService.evaluateDecisionByKey(key).variables(inputs).evaluate());
    return result.getResultList().stream()
        .map(row -> new RequiredDocument(text(row, "code"), text(row, "nameKk"), text(row, "nameEn"),
            text(row, "originalOrCopy"), text(row, "condition"), text(row, "paragraph"),
            text(row, "alternativeGroup")))
        .toList();
  }

  private java.util.Optional<String> decision(String key, String processDefinitionId) {
    if (processDefinitionId == null) {
      return java.util.Optional.empty();
    }
    ProcessDefinition process = repositoryService.getProcessDefinition(processDefinitionId);
    DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
        .deploymentId(process.getDeploymentId()).decisionDefinitionKey(key).singleResult();
    return java.util.Optional.ofNullable(decision).map(DecisionDefinition::getId);
  }

  private static String text(Map<String, Object> row, String name) {
    Object value = row.get(name);
    return value == null ? null : value.toString();
  }
}
