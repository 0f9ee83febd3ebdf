package kz.qyzmet.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.core.io.ClassPathResource;

/**
 * The document codes of a standard's {@code dmn/sNN-required-documents.dmn} as the build puts it on
 * the classpath: what an amendment may drop, and may not add again.
 */
final class DecisionTableCodes {

  private DecisionTableCodes() {}

  /** The table's codes; empty when the classpath has no table for the standard (a test's catalog). */
  static Set<String> of(Standard standard) {
    ClassPathResource resource = new ClassPathResource(standard.requiredDocumentsDecisionKey() + ".dmn");
    if (!resource.exists()) {
      return Set.of();
    }
    DmnModelInstance model;
    try (InputStream in = resource.getInputStream()) {
      model = Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new CatalogException(resource.getPath() + ": cannot be read: " + e.getMessage(), e);
    }
    Set<String> codes = new LinkedHashSet<>();
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      int code = table.getOutputs().stream().map(o -> o.getName()).toList().indexOf("code");
      if (code < 0) {
        continue;
      }
      for (Rule rule : table.getRules()) {
        OutputEntry entry = rule.getOutputEntries().stream().skip(code).findFirst().orElse(null);
        String text = entry == null || entry.getTextContent() == null ? "" : entry.getTextContent().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
          codes.add(text.substring(1, text.length() - 1));
        }
      }
    }
    return codes;
  }
}
