package kz.qyzmet.api.standards;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.catalog.Standard;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Every document code a standard's required-documents table knows, for any channel, case type or
 * applicant: the {@code code} output of each of its rules (the latest deployed version of the
 * table). A code outside this set is not a document of the standard.
 */
@Component
public class DocumentCodes {

  private final RepositoryService repositoryService;
  private final Map<String, Set<String>> byDecisionDefinitionId = new ConcurrentHashMap<>();

  public DocumentCodes(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public Set<String> of(Standard standard) {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(standard.requiredDocumentsDecisionKey()).latestVersion().singleResult();
    if (definition == null) {
      return Set.of();
    }
    return byDecisionDefinitionId.computeIfAbsent(definition.getId(), id -> read(id, definition.getKey()));
  }

  private Set<String> read(String decisionDefinitionId, String key) {
    DmnModelInstance model = repositoryService.getDmnModelInstance(decisionDefinitionId);
    Decision decision = model.getModelElementById(key);
    DecisionTable table = (DecisionTable) decision.getExpression();
    List<Output> outputs = List.copyOf(table.getOutputs());
    int column = -1;
    for (int i = 0; i < outputs.size(); i++) {
      if ("code".equals(outputs.get(i).getName())) {
        column = i;
      }
    }
    Set<String> codes = new LinkedHashSet<>();
    if (column < 0) {
      return codes;
    }
    for (Rule rule : table.getRules()) {
      List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
      if (column < entries.size() && entries.get(column).getText() != null) {
        String text = entries.get(column).getText().getTextContent().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
          text = text.substring(1, text.length() - 1);
        }
        if (!text.isBlank()) {
          codes.add(text);
        }
      }
    }
    return Set.copyOf(codes);
  }
}
