package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalog and the required-documents tables speak the same language: every channel, case type
 * and flag a table tests is declared in the standard's YAML, every declared flag is used by the
 * table (a flag nothing depends on is noise for the intake form), and every channel that takes
 * applications or answers information requests has documents.
 */
class CatalogDmnAgreementTest {

  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern FLAG = Pattern.compile("list contains\\(\\?, \"([^\"]+)\"\\)");

  @TestFactory
  List<DynamicTest> tablesUseOnlyWhatTheCatalogDeclares() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Standard s : TestCatalog.CATALOG.all()) {
      if (!RequiredDocumentsTables.codes().contains(s.code())) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(s.code(), () -> check(s)));
    }
    return tests;
  }

  private static void check(Standard s) {
    DecisionTable table = RequiredDocumentsTables.model(s.code())
        .getModelElementsByType(DecisionTable.class).iterator().next();
    Set<String> channels = new TreeSet<>();
    Set<String> caseTypes = new TreeSet<>();
    Set<String> flags = new TreeSet<>();
    for (Rule rule : table.getRules()) {
      List<InputEntry> in = new ArrayList<>(rule.getInputEntries());
      String where = s.code() + " " + rule.getId();
      String channel = in.get(0).getTextContent().trim();
      assertThat(channel).as(where + " channel entry must list channels").isNotEqualTo("-");
      strings(channel, channels);
      String caseType = in.get(1).getTextContent().trim();
      if (!caseType.equals("-")) {
        strings(caseType, caseTypes);
      }
      String flag = in.get(2).getTextContent().trim();
      if (!flag.equals("-")) {
        Matcher m = FLAG.matcher(flag);
        boolean any = false;
        while (m.find()) {
          flags.add(m.group(1));
          any = true;
        }
        assertThat(any).as(where + " flags entry '" + flag + "' must use list contains(?, \"flag\")").isTrue();
        assertThat(flag.replaceAll(FLAG.pattern(), "").replaceAll("\\b(and|or|not)\\b|[()\\s]", ""))
            .as(where + " flags entry '" + flag + "' may only combine list contains(...) with and/or/not")
            .isEmpty();
      }
    }
    for (String channel : channels) {
      assertThat(s.hasChannel(channel)).as(s.code() + ": channel '" + channel + "' is not declared").isTrue();
    }
    for (String caseType : caseTypes) {
      assertThat(s.hasCaseType(caseType)).as(s.code() + ": case type '" + caseType + "' is not declared").isTrue();
    }
    for (String flag : flags) {
      assertThat(s.hasFlag(flag)).as(s.code() + ": flag '" + flag + "' is not declared").isTrue();
    }
    assertThat(flags).as(s.code() + ": declared flags the table uses")
        .containsExactlyInAnyOrderElementsOf(s.flags().stream().map(ApplicantFlag::code).toList());
    for (Channel channel : s.channels()) {
      if (channel.takesApplications() || channel.does(ChannelFunction.INFORMATION_ONLY)) {
        assertThat(channels).as(s.code() + ": channel '" + channel.id() + "' has no documents").contains(channel.id());
      }
    }
  }

  private static void strings(String entry, Set<String> into) {
    Matcher m = STRING.matcher(entry);
    boolean any = false;
    while (m.find()) {
      into.add(m.group(1));
      any = true;
    }
    assertThat(any).as("entry '" + entry + "' must be a list of string literals").isTrue();
  }
}
