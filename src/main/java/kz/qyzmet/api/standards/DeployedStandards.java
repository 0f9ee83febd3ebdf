package kz.qyzmet.api.standards;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The standards the API serves: those in the catalog whose process (key = the catalog's
 * processKey) is deployed. Asked of the engine on every call, so a standard appears as soon as its
 * process is deployed, on every node.
 */
@Component
public class DeployedStandards {

  private final StandardsCatalog catalog;
  private final RepositoryService repositoryService;

  public DeployedStandards(StandardsCatalog catalog, RepositoryService repositoryService) {
    this.catalog = catalog;
    this.repositoryService = repositoryService;
  }

  public List<Standard> all() {
    Set<String> deployed = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).collect(Collectors.toSet());
    return catalog.all().stream().filter(s -> deployed.contains(s.processKey())).toList();
  }

  public Optional<Standard> byNumber(int number) {
    return catalog.byNumber(number).filter(this::isDeployed);
  }

  public boolean isDeployed(Standard standard) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(standard.processKey())
        .latestVersion().count() > 0;
  }

  /** The numbers served now, for messages such as "standard 31 is not served; served: 2". */
  public String servedNumbers() {
    return String.join(", ", all().stream().map(s -> String.valueOf(s.number())).toList());
  }
}
