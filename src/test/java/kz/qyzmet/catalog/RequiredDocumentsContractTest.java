package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixed contract of every {@code dmn/sNN-required-documents.dmn}: the shared intake sub-process
 * evaluates all of them the same way, so each must have exactly these inputs and outputs, hit
 * policy COLLECT, a history time to live, and rules that name their paragraph and seed line.
 */
class RequiredDocumentsContractTest {

  static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  static final List<String> OUTPUTS = List.of(
      "code", "nameKk", "nameRu", "nameEn", "originalOrCopy", "condition", "paragraph", "alternativeGroup");
  /** Russian: Cyrillic, without the letters only Kazakh has (a Kazakh name copied over is not a translation). */
  static final Pattern RUSSIAN = Pattern.compile("[А-Яа-яЁё0-9 ,.;:()«»\\-–/№]+");
  static final Set<String> ORIGINAL_OR_COPY =
      Set.of("original", "copy", "original-for-verification", "electronic");
  static final Pattern DESCRIPTION =
      Pattern.compile("(Standard (\\d+), (?:p\\. |annex ).+?), seed line (\\d+)(?:\\. .+)?");

  @Test
  void theTablesOfTheCataloguedStandardsExist() {
    List<String> tables = RequiredDocumentsTables.codes();
    for (Standard s : TestCatalog.CATALOG.all()) {
      assertThat(tables).as("dmn/" + s.code() + "-required-documents.dmn").contains(s.code());
    }
  }

  @TestFactory
  List<DynamicTest> everyTableKeepsTheContract() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String code : RequiredDocumentsTables.codes()) {
      tests.add(DynamicTest.dynamicTest(code, () -> assertContract(code)));
    }
    return tests;
  }

  private static void assertContract(String code) {
    DmnModelInstance model = RequiredDocumentsTables.model(code);
    assertThat(model.getDocument().getRootElement().getNamespaceURI()).isEqualTo(DMN_13);
    List<Decision> decisions = new ArrayList<>(model.getModelElementsByType(Decision.class));
    assertThat(decisions).hasSize(1);
    Decision decision = decisions.get(0);
    assertThat(decision.getId()).isEqualTo(code + "-required-documents");
    // English and Kazakh, and short: the engine keeps the name in a 255-character column
    assertThat(decision.getName()).contains("Required documents").containsIgnoringCase("қажетті құжаттар")
        .hasSizeLessThanOrEqualTo(255);
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");

    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getAggregation()).isNull();

    List<Input> inputs = new ArrayList<>(table.getInputs());
    assertThat(inputs).extracting(Input::getLabel).containsExactly("channel", "caseType", "flags");
    assertThat(inputs).extracting(i -> i.getInputExpression().getText().getTextContent())
        .containsExactly("channel", "caseType", "flags");
    assertThat(inputs).extracting(i -> i.getInputExpression().getTypeRef())
        .containsExactly("string", "string", null);

    List<Output> outputs = new ArrayList<>(table.getOutputs());
    assertThat(outputs).extracting(Output::getName).containsExactlyElementsOf(OUTPUTS);
    assertThat(outputs).extracting(Output::getTypeRef).containsOnly("string");

    int number = Integer.parseInt(code.substring(1));
    var standard = TestCatalog.CATALOG.byNumber(number);
    assertThat(table.getRules()).isNotEmpty();
    for (Rule rule : table.getRules()) {
      String where = code + " " + rule.getId();
      assertThat(rule.getDescription()).as(where + " description").isNotNull();
      Matcher m = DESCRIPTION.matcher(rule.getDescription().getTextContent());
      assertThat(m.matches()).as(where + " description '" + rule.getDescription().getTextContent()
          + "' must read 'Standard N, p. X, seed line L'").isTrue();
      assertThat(Integer.parseInt(m.group(2))).as(where + " standard number").isEqualTo(number);
      standard.ifPresent(s -> assertThat(s.seedLines().contains(Integer.parseInt(m.group(3))))
          .as(where + " seed line within the standard's lines").isTrue());
      List<String> out = rule.getOutputEntries().stream()
          .map(e -> e.getTextContent().trim()).toList();
      assertThat(out).as(where + " outputs").hasSize(8).allMatch(t -> t.startsWith("\"") && t.endsWith("\""));
      assertThat(unquote(out.get(0))).as(where + " code").matches("[a-z0-9]+(_[a-z0-9]+)*");
      assertThat(unquote(out.get(1))).as(where + " nameKk").isNotBlank();
      assertThat(unquote(out.get(2))).as(where + " nameRu").isNotBlank().matches(RUSSIAN);
      assertThat(unquote(out.get(3))).as(where + " nameEn").isNotBlank();
      assertThat(unquote(out.get(4))).as(where + " originalOrCopy").isIn(ORIGINAL_OR_COPY);
      assertThat(unquote(out.get(5))).as(where + " condition").isNotBlank();
      assertThat(unquote(out.get(6))).as(where + " paragraph equals the description's").isEqualTo(m.group(1));
    }
  }

  /** One translation per document: rules with the same Kazakh and English names have the same Russian one. */
  @Test
  void theSameDocumentHasOneRussianName() {
    Map<List<String>, Set<String>> russian = new java.util.HashMap<>();
    for (String code : RequiredDocumentsTables.codes()) {
      DecisionTable table = RequiredDocumentsTables.model(code).getModelElementsByType(DecisionTable.class)
          .iterator().next();
      for (Rule rule : table.getRules()) {
        List<String> out = rule.getOutputEntries().stream().map(e -> unquote(e.getTextContent().trim())).toList();
        russian.computeIfAbsent(List.of(out.get(1), out.get(3)), k -> new java.util.TreeSet<>()).add(out.get(2));
      }
    }
    assertThat(russian.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
        .as("documents translated in more than one way").isEmpty();
  }

  /**
   * Every combination an intake can send (each channel of the table, each case type the channel
   * takes, every set of flags, or each single flag when there are many) yields a non-empty list
   * without a document twice; a case type the channel does not take yields nothing.
   */
  @TestFactory
  List<DynamicTest> everyCombinationGivesACleanList() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Standard s : TestCatalog.CATALOG.all()) {
      if (!RequiredDocumentsTables.codes().contains(s.code())) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(s.code(), () -> {
        List<String> flags = s.flags().stream().map(ApplicantFlag::code).toList();
        List<List<String>> flagSets = new ArrayList<>();
        if (flags.size() <= 5 && s.caseTypes().size() <= 6) {
          for (int mask = 0; mask < (1 << flags.size()); mask++) {
            List<String> set = new ArrayList<>();
            for (int i = 0; i < flags.size(); i++) {
              if ((mask & (1 << i)) != 0) {
                set.add(flags.get(i));
              }
            }
            flagSets.add(set);
          }
        } else {
          flagSets.add(List.of());
          flags.forEach(f -> flagSets.add(List.of(f)));
          flagSets.add(flags);
        }
        List<String> caseTypes = s.caseTypes().isEmpty() ? List.of("")
            : s.caseTypes().stream().map(CaseType::code).toList();
        for (Channel channel : s.channels()) {
          if (!(channel.takesApplications() || channel.does(ChannelFunction.INFORMATION_ONLY))) {
            continue;
          }
          for (String caseType : caseTypes) {
            if (!channel.accepts(caseType)) {
              assertThat(RequiredDocumentsTables.evaluate(s.code(), channel.id(), caseType, flags))
                  .as(s.code() + " " + channel.id() + " does not take " + caseType).isEmpty();
              continue;
            }
            for (List<String> set : flagSets) {
              List<Map<String, Object>> rows =
                  RequiredDocumentsTables.evaluate(s.code(), channel.id(), caseType, set);
              String where = s.code() + " " + channel.id() + "/" + caseType + "/" + set;
              assertThat(rows).as(where + " is empty").isNotEmpty();
              Set<String> seen = new HashSet<>();
              for (Map<String, Object> row : rows) {
                assertThat(seen.add((String) row.get("code"))).as(where + " lists " + row.get("code") + " twice").isTrue();
              }
            }
          }
        }
      }));
    }
    return tests;
  }

  static String unquote(String feel) {
    return feel.substring(1, feel.length() - 1);
  }
}
