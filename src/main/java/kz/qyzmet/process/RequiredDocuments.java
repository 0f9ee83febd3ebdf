package kz.qyzmet.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qyzmet.catalog.Amendment;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evaluates a standard's {@code sNN-required-documents} decision table. From a process it uses the
 * table deployed with the process (deployment binding); from the API, the latest one.
 *
 * <p>Which table a process definition's deployment holds never changes (deployments are immutable),
 * so it is looked up once per process definition and remembered (docs/performance.md).
 *
 * <p>With {@code qyzmet.required-documents.reuse-results=true} the answer of a deployed table for
 * the same channel, case type and flags is reused instead of evaluated again: exact (the table
 * cannot change), and it saves the engine's FEEL evaluation, about half of the CPU of a
 * submission, but the reused checks leave no decision instance in the engine's history (the
 * process variables {@code requiredDocuments} and {@code missingDocuments} still record the
 * outcome). On by default (application.yaml); docs/performance.md has the figures.
 */
@Component
public class RequiredDocuments {

  private final StandardsCatalog catalog;
  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  /** Decision definition id by process definition id and decision key; empty when the deployment has none. */
  private final Map<String, Optional<String>> decisionsByProcessDefinition = new ConcurrentHashMap<>();
  private final boolean reuseResults;
  /** A bound far above what the catalog's channels, case types and flags can combine to. */
  private static final int MAX_REUSED = 10_000;
  /** Answers of deployed tables by decision definition id and inputs, when {@link #reuseResults}. */
  private final Map<List<Object>, List<RequiredDocument>> results = new ConcurrentHashMap<>();
  /** Every document of a deployed table by decision definition id (a deployed table never changes). */
  private final Map<String, List<RequiredDocument>> tables = new ConcurrentHashMap<>();

  public RequiredDocuments(StandardsCatalog catalog, DecisionService decisionService,
      RepositoryService repositoryService,
      @Value("${qyzmet.required-documents.reuse-results:true}") boolean reuseResults) {
    this.catalog = catalog;
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
    this.reuseResults = reuseResults;
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
    Optional<String> deployed = decision(key, processDefinitionId);
    if (deployed.isEmpty()) {
      return documents(decisionService.evaluateDecisionByKey(key).variables(inputs).evaluate());
    }
    String decisionId = deployed.get();
    if (!reuseResults || channel == null) {
      return documents(decisionService.evaluateDecisionById(decisionId).variables(inputs).evaluate());
    }
    List<Object> question = List.of(decisionId, channel, caseType == null ? "" : caseType, List.copyOf(flags));
    List<RequiredDocument> known = results.get(question);
    if (known == null) {
      known = documents(decisionService.evaluateDecisionById(decisionId).variables(inputs).evaluate());
      if (results.size() < MAX_REUSED) {
        results.put(question, known);
      }
    }
    return known;
  }

  /**
   * The documents an application answering to this wording brings: the table's answer without the
   * documents the wording's amendments dropped, then those they added that apply to this applicant
   * (docs/amendments.md). A channel, case type or flag an amendment added has no rows in the table:
   * the table is asked for the one whose documents it brings ({@code documentsAs}), so a reused
   * answer is the table's for codes it has, the same in every wording; what differs by wording is
   * applied after it.
   */
  public List<RequiredDocument> evaluate(Wording wording, String channel, String caseType, List<String> flags,
      String processDefinitionId) {
    Amendment.DocumentsAs as = wording.documentsAs();
    List<String> tableFlags = as.flags(flags == null ? List.of() : flags);
    List<RequiredDocument> table = wording.withoutDropped(
        evaluate(wording.number(), as.channel(channel), as.caseType(caseType), tableFlags, processDefinitionId),
        RequiredDocument::code);
    List<Amendment.AddedDocument> added = wording.documentsAdded(channel, caseType == null ? "" : caseType,
        flags == null ? List.of() : flags);
    if (added.isEmpty()) {
      return table;
    }
    List<RequiredDocument> documents = new ArrayList<>(table);
    added.forEach(d -> documents.add(of(d)));
    return List.copyOf(documents);
  }

  /**
   * Every document an application answering to this wording may name: the table's (as {@link
   * #all(int, String)}) and those the wording's amendments added. What a specialist may request.
   */
  public List<RequiredDocument> all(Wording wording, String processDefinitionId) {
    List<RequiredDocument> table = all(wording.number(), processDefinitionId);
    if (wording.documentsAdded().isEmpty()) {
      return table;
    }
    List<RequiredDocument> documents = new ArrayList<>(table);
    wording.documentsAdded().forEach(d -> documents.add(of(d)));
    return List.copyOf(documents);
  }

  /**
   * Every document of the standard by code, whatever the wording: the table's, then those any of
   * its amendments added. For naming a document by its code (a case file's, a receipt's) where the
   * application's wording is not at hand; a code names the same document in every wording.
   */
  public Map<String, RequiredDocument> names(int standardNumber, String processDefinitionId) {
    Map<String, RequiredDocument> names = new LinkedHashMap<>();
    all(standardNumber, processDefinitionId).forEach(d -> names.putIfAbsent(d.code(), d));
    for (Wording wording : catalog.wordings(standardNumber)) {
      wording.documentsAdded().forEach(d -> names.putIfAbsent(d.code(), of(d)));
    }
    return names;
  }

  /** An amendment's added document as a row of the table would give it. */
  public static RequiredDocument of(Amendment.AddedDocument d) {
    return new RequiredDocument(d.code(), d.nameKk(), d.nameRu(), d.nameEn(), d.originalOrCopy(), d.condition(),
        d.paragraph(), d.alternativeGroup() == null ? "" : d.alternativeGroup());
  }

  /**
   * Every distinct document of a standard's table, whatever the channel, case type or flags, in the
   * table's order (the first row naming a code gives its names and paragraph): what a specialist may
   * request. Read from the table deployed with the process, or the latest one.
   */
  public List<RequiredDocument> all(int standardNumber, String processDefinitionId) {
    String decisionId = tableId(standardNumber, processDefinitionId);
    if (decisionId == null) {
      return List.of();
    }
    return tables.computeIfAbsent(decisionId, id -> {
      DmnModelInstance model = repositoryService.getDmnModelInstance(id);
      DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
      List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
      Map<String, RequiredDocument> byCode = new LinkedHashMap<>();
      for (Rule rule : table.getRules()) {
        Map<String, String> row = new HashMap<>();
        int i = 0;
        for (OutputEntry entry : rule.getOutputEntries()) {
          row.put(outputs.get(i++), literal(entry.getTextContent()));
        }
        byCode.putIfAbsent(row.get("code"), new RequiredDocument(row.get("code"), row.get("nameKk"), row.get("nameRu"),
            row.get("nameEn"), row.get("originalOrCopy"), row.get("condition"), row.get("paragraph"),
            row.get("alternativeGroup")));
      }
      return List.copyOf(byCode.values());
    });
  }

  /** The standard's table deployed with the process, or the latest one; null when none is deployed. */
  public DmnModelInstance table(int standardNumber, String processDefinitionId) {
    String decisionId = tableId(standardNumber, processDefinitionId);
    return decisionId == null ? null : repositoryService.getDmnModelInstance(decisionId);
  }

  private String tableId(int standardNumber, String processDefinitionId) {
    String key = catalog.require(standardNumber).requiredDocumentsDecisionKey();
    return decision(key, processDefinitionId).or(() -> Optional.ofNullable(repositoryService
        .createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult())
        .map(DecisionDefinition::getId)).orElse(null);
  }

  /** A string literal of an output entry ({@code "application"}) as its text. */
  private static String literal(String text) {
    String value = text == null ? "" : text.trim();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
    }
    return value;
  }

  private static List<RequiredDocument> documents(DmnDecisionResult result) {
    return result.getResultList().stream()
        .map(row -> new RequiredDocument(text(row, "code"), text(row, "nameKk"), text(row, "nameRu"), text(row, "nameEn"),
            text(row, "originalOrCopy"), text(row, "condition"), text(row, "paragraph"),
            text(row, "alternativeGroup")))
        .toList();
  }

  private Optional<String> decision(String key, String processDefinitionId) {
    if (processDefinitionId == null) {
      return Optional.empty();
    }
    return decisionsByProcessDefinition.computeIfAbsent(processDefinitionId + '\n' + key, unused -> {
      ProcessDefinition process = repositoryService.getProcessDefinition(processDefinitionId);
      DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
          .deploymentId(process.getDeploymentId()).decisionDefinitionKey(key).singleResult();
      return Optional.ofNullable(decision).map(DecisionDefinition::getId);
    });
  }

  private static String text(Map<String, Object> row, String name) {
    Object value = row.get(name);
    return value == null ? null : value.toString();
  }
}
