package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Compares the documents handed in with those the standard's decision table requires for this
 * channel, case type and applicant, and writes what is required and what is missing.
 */
@Component("packageCompletenessCheck")
public class PackageCompletenessCheck implements JavaDelegate {

  private final RequiredDocuments requiredDocuments;

  public PackageCompletenessCheck(RequiredDocuments requiredDocuments) {
    this.requiredDocuments = requiredDocuments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<RequiredDocument> required = requiredDocuments.evaluate(
        ((Number) execution.getVariable(STANDARD_NUMBER)).intValue(),
        (String) execution.getVariable(CHANNEL),
        (String) execution.getVariable(CASE_TYPE),
        CodeList.parse((String) execution.getVariable(APPLICANT_FLAGS)),
        execution.getProcessDefinitionId());
    Set<String> submitted = new LinkedHashSet<>(CodeList.parse((String) execution.getVariable(DOCUMENTS_SUBMITTED)));
    List<String> missing = missing(required, submitted);
    execution.setVariable(REQUIRED_DOCUMENTS, CodeList.format(required.stream().map(RequiredDocument::code).toList()));
    execution.setVariable(MISSING_DOCUMENTS, CodeList.format(missing));
    execution.setVariable(PACKAGE_COMPLETE, missing.isEmpty());
  }

  /**
   * The required documents not handed in. Documents of one alternative group stand for each other:
   * the group is missing only if none of them was handed in, and is then named as "a|b".
   */
  static List<String> missing(List<RequiredDocument> required, Set<String> submitted) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (RequiredDocument document : required) {
      if (document.alternativeGroup() == null || document.alternativeGroup().isBlank()) {
        if (!submitted.contains(document.code()) && !missing.contains(document.code())) {
          missing.add(document.code());
        }
      } else {
        groups.computeIfAbsent(document.alternativeGroup(), g -> new ArrayList<>()).add(document.code());
      }
    }
    for (List<String> alternatives : groups.values()) {
      if (alternatives.stream().noneMatch(submitted::contains)) {
        missing.add(String.join("|", alternatives));
      }
    }
    return missing;
  }
}
