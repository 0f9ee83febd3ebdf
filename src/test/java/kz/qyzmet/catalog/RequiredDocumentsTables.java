package kz.qyzmet.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * Test access to the required-documents tables in {@code dmn/}, evaluated by the standalone DMN
 * engine exactly as the shared intake sub-process does: channel, caseType ("" when none), flags.
 */
final class RequiredDocumentsTables {

  static final Path DIR = Path.of("dmn");
  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Map<String, DmnDecision> DECISIONS = new ConcurrentHashMap<>();

  private RequiredDocumentsTables() {}

  static Path file(String code) {
    return DIR.resolve(code + "-required-documents.dmn");
  }

  /** The codes of the standards that have a table, e.g. {@code s02}. */
  static List<String> codes() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("s\\d\\d-required-documents\\.dmn"))
          .map(n -> n.substring(0, 3))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static DmnModelInstance model(String code) {
    return Dmn.readModelFromFile(file(code).toFile());
  }

  static DmnDecision decision(String code) {
    return DECISIONS.computeIfAbsent(code, c -> {
      try (InputStream in = Files.newInputStream(file(c))) {
        return ENGINE.parseDecision(c + "-required-documents", in);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Every matching row, in rule order. */
  static List<Map<String, Object>> evaluate(String code, String channel, String caseType,
      List<String> flags) {
    return ENGINE.evaluateDecisionTable(decision(code), Variables.createVariables()
            .putValue("channel", channel)
            .putValue("caseType", caseType == null ? "" : caseType)
            .putValue("flags", flags))
        .getResultList();
  }

  /** The document codes, in rule order. */
  static List<String> codes(String code, String channel, String caseType, String... flags) {
    return evaluate(code, channel, caseType, List.of(flags)).stream()
        .map(row -> (String) row.get("code"))
        .toList();
  }
}
