package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Compares the documents handed in with those the standard's decision table requires for this
 * channel, case type and applicant, and writes what is required and what is missing, and whether
 * an incomplete package is refused at this channel: where the catalog has the refusal ground
 * {@code incomplete-package} of stage {@code intake} for it (the PSC in most standards, p. 10; the
 * provider in 15, 16, 20 and 21, p. 9).
 */
@Component("packageCompletenessCheck")
public class PackageCompletenessCheck implements JavaDelegate {

  static final String INCOMPLETE_PACKAGE = "incomplete-package";
  static final String INTAKE = "intake";

  private final RequiredDocuments requiredDocuments;
  private final StandardsCatalog catalog;

  private final ApplicationWording applicationWording;

  public PackageCompletenessCheck(RequiredDocuments requiredDocuments, StandardsCatalog catalog,
      ApplicationWording applicationWording) {
    this.applicationWording = applicationWording;
    this.requiredDocuments = requiredDocuments;
    this.catalog = catalog;
  }

  /** Whether the standard refuses to accept an incomplete package at the channel. */
  public static boolean refusesIncompletePackage(Standard standard, String channel) {
    return standard.refusalGrounds().stream().anyMatch(ground -> INCOMPLETE_PACKAGE.equals(ground.code())
        && INTAKE.equals(ground.stage()) && (ground.channels().isEmpty() || ground.channels().contains(channel)));
  }

  @Override
  public void execute(DelegateExecution execution) {
    Wording wording = applicationWording.of(execution::getVariable);
    String channel = (String) execution.getVariable(CHANNEL);
    List<RequiredDocument> required = requiredDocuments.evaluate(wording, channel,
        (String) execution.getVariable(CASE_TYPE),
        CodeList.parse((String) execution.getVariable(APPLICANT_FLAGS)),
        execution.getProcessDefinitionId());
    Set<String> submitted = new LinkedHashSet<>(CodeList.parse((String) execution.getVariable(DOCUMENTS_SUBMITTED)));
    List<String> missing = missing(required, submitted);
    execution.setVariable(REQUIRED_DOCUMENTS, CodeList.format(required.stream().map(RequiredDocument::code).toList()));
    execution.setVariable(MISSING_DOCUMENTS, CodeList.format(missing));
    execution.setVariable(PACKAGE_COMPLETE, missing.isEmpty());
    execution.setVariable(INCOMPLETE_PACKAGE_REFUSED, refusesIncompletePackage(wording.standard(), channel));
    // Who hands a refusal receipt to the applicant, or forwards an accepted package.
    execution.setVariable(INTAKE_GROUP, WorkGroups.intakeGroup(channel, wording.standard()));
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
