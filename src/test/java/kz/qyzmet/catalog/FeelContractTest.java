package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * Pins the FEEL constructs every required-documents table relies on, evaluated by the DMN engine
 * Camunda 7.24 embeds (FEEL by feel-scala): a Java list of strings in an input without typeRef,
 * {@code list contains(?, "x")}, its negation {@code not(...)}, and/or combinations, a list of
 * string literals for channel and case type, and the empty-string case type.
 */
class FeelContractTest {

  private static final String DMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="probe-definitions" name="probe" namespace="http://qyzmet.kz/dmn">
        <decision id="probe" name="probe">
          <decisionTable id="t" hitPolicy="COLLECT">
            <input id="i1" label="channel"><inputExpression id="e1" typeRef="string"><text>channel</text></inputExpression></input>
            <input id="i2" label="caseType"><inputExpression id="e2" typeRef="string"><text>caseType</text></inputExpression></input>
            <input id="i3" label="flags"><inputExpression id="e3"><text>flags</text></inputExpression></input>
            <output id="o1" name="code" typeRef="string"/>
            <rule id="r1"><inputEntry id="a1"><text>"ztmo","psc"</text></inputEntry><inputEntry id="a2"><text>-</text></inputEntry><inputEntry id="a3"><text>-</text></inputEntry><outputEntry id="x1"><text>"always"</text></outputEntry></rule>
            <rule id="r2"><inputEntry id="b1"><text>-</text></inputEntry><inputEntry id="b2"><text>-</text></inputEntry><inputEntry id="b3"><text>list contains(?, "representative")</text></inputEntry><outputEntry id="x2"><text>"rep"</text></outputEntry></rule>
            <rule id="r3"><inputEntry id="c1"><text>-</text></inputEntry><inputEntry id="c2"><text>-</text></inputEntry><inputEntry id="c3"><text>not(list contains(?, "oralman"))</text></inputEntry><outputEntry id="x3"><text>"not-oralman"</text></outputEntry></rule>
            <rule id="r4"><inputEntry id="d1"><text>-</text></inputEntry><inputEntry id="d2"><text>"disability"</text></inputEntry><inputEntry id="d3"><text>-</text></inputEntry><outputEntry id="x4"><text>"disability"</text></outputEntry></rule>
            <rule id="r5"><inputEntry id="f1"><text>"portal"</text></inputEntry><inputEntry id="f2"><text>"disability","age"</text></inputEntry><inputEntry id="f3"><text>list contains(?, "guardian") and list contains(?, "oralman")</text></inputEntry><outputEntry id="x5"><text>"both"</text></outputEntry></rule>
            <rule id="r6"><inputEntry id="g1"><text>"ztmo"</text></inputEntry><inputEntry id="g2"><text>-</text></inputEntry><inputEntry id="g3"><text>not(list contains(?, "legal-entity") or list contains(?, "entrepreneur"))</text></inputEntry><outputEntry id="x6"><text>"person"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  private final DmnEngine engine =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final DmnDecision decision = engine.parseDecision("probe",
      new ByteArrayInputStream(DMN.strip().getBytes(StandardCharsets.UTF_8)));

  private List<String> eval(String channel, String caseType, List<String> flags) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables()
            .putValue("channel", channel).putValue("caseType", caseType).putValue("flags", flags))
        .getResultList().stream().map(m -> (String) m.get("code")).toList();
  }

  @Test
  void emptyFlagsMatchOnlyTheUnconditionalAndNegatedRules() {
    assertThat(eval("psc", "", List.of())).containsExactly("always", "not-oralman");
  }

  @Test
  void listContainsMatchesAFlagAndItsNegationExcludesIt() {
    assertThat(eval("ztmo", "", List.of("representative", "oralman")))
        .containsExactly("always", "rep", "person");
  }

  @Test
  void aNegatedDisjunctionExcludesEitherFlag() {
    assertThat(eval("ztmo", "", List.of())).containsExactly("always", "not-oralman", "person");
    assertThat(eval("ztmo", "", List.of("entrepreneur"))).containsExactly("always", "not-oralman");
    assertThat(eval("ztmo", "", List.of("legal-entity"))).containsExactly("always", "not-oralman");
  }

  @Test
  void caseTypeStringAndConjunctionOfFlags() {
    assertThat(eval("portal", "disability", List.of("oralman", "guardian")))
        .containsExactly("disability", "both");
    assertThat(eval("portal", "survivor", List.of("oralman", "guardian"))).isEmpty();
  }

  @Test
  void aMutableJavaListWorksLikeAnImmutableOne() {
    assertThat(eval("ztmo", "", new ArrayList<>(List.of("representative"))))
        .containsExactly("always", "rep", "not-oralman", "person");
  }
}
