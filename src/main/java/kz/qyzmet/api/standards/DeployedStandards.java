package kz.qyzmet.api.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
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

  /** Every served standard in the wording in force on a day, by number. */
  public List<Wording> allOn(LocalDate day) {
    return all().stream().map(s -> catalog.wordingOn(s.number(), day)).toList();
  }

  public Optional<Standard> byNumber(int number) {
    return catalog.byNumber(number).filter(this::isDeployed);
  }

  /**
   * The wording in force on a day of a served standard: what an application submitted that day may
   * state (its channels, case types, flags) and what the standards pages show for {@code ?on=}.
   */
  public Optional<Wording> wordingOn(int number, LocalDate day) {
    return byNumber(number).map(s -> catalog.wordingOn(number, day));
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
