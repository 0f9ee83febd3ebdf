package kz.qyzmet.receipt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.process.RequiredDocument;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Every document a standard's required-documents table names, whatever the channel, case type or
 * applicant: the first row of each code, read from the table deployed with the application's
 * process. A receipt names a document handed in that the applicant's own rows do not list (a spare
 * copy, a document of another case) by this, rather than by its code.
 */
@Component
class TableDocuments {

  private final RepositoryService repositoryService;
  private final Map<String, Map<String, RequiredDocument>> byDecisionDefinition = new ConcurrentHashMap<>();

  TableDocuments(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  Map<String, RequiredDocument> of(Standard standard, String processDefinitionId) {
    String key = standard.requiredDocumentsDecisionKey();
    DecisionDefinition definition = null;
    if (processDefinitionId != null) {
      ProcessDefinition process = repositoryService.createProcessDefinitionQuery()
          .processDefinitionId(processDefinitionId).singleResult();
      if (process != null) {
        definition = repositoryService.createDecisionDefinitionQuery().deploymentId(process.getDeploymentId())
            .decisionDefinitionKey(key).singleResult();
      }
    }
    if (definition == null) {
      definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
          .singleResult();
    }
    if (definition == null) {
      return Map.of();
    }
    DecisionDefinition found = definition;
    return byDecisionDefinition.computeIfAbsent(found.getId(), id -> read(id, found.getKey()));
  }

  private Map<String, RequiredDocument> read(String decisionDefinitionId, String key) {
    DmnModelInstance model = repositoryService.getDmnModelInstance(decisionDefinitionId);
    Decision decision = model.getModelElementById(key);
    DecisionTable table = (DecisionTable) decision.getExpression();
    List<String> names = new ArrayList<>();
    for (Output output : table.getOutputs()) {
      names.add(output.getName());
    }
    Map<String, RequiredDocument> documents = new LinkedHashMap<>();
    for (Rule rule : table.getRules()) {
      List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
      Map<String, String> row = new java.util.HashMap<>();
      for (int i = 0; i < entries.size() && i < names.size(); i++) {
        row.put(names.get(i), literal(entries.get(i)));
      }
      String code = row.get("code");
      if (code != null && !code.isBlank()) {
        documents.putIfAbsent(code, new RequiredDocument(code, row.get("nameKk"), row.get("nameRu"),
            row.get("nameEn"), row.get("originalOrCopy"), row.get("condition"), row.get("paragraph"),
            row.get("alternativeGroup")));
      }
    }
    return Map.copyOf(documents);
  }

  /** A FEEL string literal's text ({@code "..."}); the tables' outputs are nothing else. */
  private static String literal(OutputEntry entry) {
    if (entry.getText() == null || entry.getText().getTextContent() == null) {
      return null;
    }
    String text = entry.getText().getTextContent().trim();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).replace("\\\"", "\"");
    }
    return text;
  }
}
