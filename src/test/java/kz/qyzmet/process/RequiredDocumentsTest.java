package kz.qyzmet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The required-documents check as the intake runs it: with reuse on (the default) the answer of a
 * deployed table is the one the engine gives, per channel, case type and flags, and only the first
 * check of a question is evaluated (and recorded) by the engine.
 */
@QyzmetIntegrationTest
class RequiredDocumentsTest {

  @Autowired RequiredDocuments requiredDocuments;
  @Autowired StandardsCatalog catalog;
  @Autowired DecisionService decisionService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  private String intakeDefinition() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("common-intake").latestVersion()
        .singleResult().getId();
  }

  /** The same check with reuse off: every call evaluated by the engine. */
  private RequiredDocuments evaluatingEveryCheck() {
    return new RequiredDocuments(catalog, decisionService, repositoryService, false);
  }

  private static List<String> codes(List<RequiredDocument> documents) {
    return documents.stream().map(RequiredDocument::code).toList();
  }

  @Test
  void aReusedAnswerIsTheAnswerOfTheDeployedTableForEachChannel() {
    RequiredDocuments evaluatingEveryCheck = evaluatingEveryCheck();
    for (String channel : List.of("psc", "ztmo")) {
      List<RequiredDocument> reused = requiredDocuments.evaluate(2, channel, "", List.of(), intakeDefinition());
      List<RequiredDocument> again = requiredDocuments.evaluate(2, channel, "", List.of(), intakeDefinition());
      List<RequiredDocument> evaluated = evaluatingEveryCheck.evaluate(2, channel, "", List.of(), intakeDefinition());
      assertThat(again).isEqualTo(reused).isEqualTo(evaluated);
      assertThat(codes(reused)).contains("application", "identity_document");
    }
  }

  @Test
  void onlyTheFirstCheckOfAQuestionIsEvaluatedByTheEngine() {
    // Standard 29, its last case type through the first channel that asks for documents.
    String definition = intakeDefinition();
    var standard = catalog.byNumber(29).orElseThrow();
    String caseType = standard.caseTypes().get(standard.caseTypes().size() - 1).code();
    RequiredDocuments evaluatingEveryCheck = evaluatingEveryCheck();
    String channel = standard.channels().stream().map(c -> c.id())
        .filter(id -> !evaluatingEveryCheck.evaluate(29, id, caseType, List.of(), definition).isEmpty())
        .findFirst().orElseThrow();
    List<RequiredDocument> first = requiredDocuments.evaluate(29, channel, caseType, List.of(), definition);
    long before = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("s29-required-documents")
        .count();
    List<RequiredDocument> second = requiredDocuments.evaluate(29, channel, caseType, List.of(), definition);
    List<RequiredDocument> third = requiredDocuments.evaluate(29, channel, caseType, List.of(), definition);
    long after = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("s29-required-documents")
        .count();
    assertThat(second).isEqualTo(first).isNotEmpty();
    assertThat(third).isEqualTo(first);
    assertThat(after - before).as("engine evaluations recorded for a question answered before").isZero();
  }

  @Test
  void withoutReuseEveryCheckIsEvaluatedAndRecorded() {
    RequiredDocuments evaluatingEveryCheck = evaluatingEveryCheck();
    long before = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("s02-required-documents")
        .count();
    evaluatingEveryCheck.evaluate(2, "psc", "", List.of(), intakeDefinition());
    evaluatingEveryCheck.evaluate(2, "psc", "", List.of(), intakeDefinition());
    long after = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("s02-required-documents")
        .count();
    assertThat(after - before).isEqualTo(2);
  }
}
