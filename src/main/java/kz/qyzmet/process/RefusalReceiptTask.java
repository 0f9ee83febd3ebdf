package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qyzmet.catalog.ParagraphCitation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The task of handing the applicant the receipt of refusal to accept (p. 10 of most standards):
 * its form names the missing documents as the standard's table words them, with their paragraphs,
 * in the task-local variable {@code missingDocumentsText} (Markdown).
 */
@Component("refusalReceiptTask")
public class RefusalReceiptTask implements TaskListener {

  static final String MISSING_DOCUMENTS_TEXT = "missingDocumentsText";

  private final RequiredDocuments requiredDocuments;

  public RefusalReceiptTask(RequiredDocuments requiredDocuments) {
    this.requiredDocuments = requiredDocuments;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> missing = Set.copyOf(CodeList.parse((String) task.getVariable(MISSING_DOCUMENTS)));
    List<RequiredDocument> rows = requiredDocuments.evaluate(((Number) task.getVariable(STANDARD_NUMBER)).intValue(),
        (String) task.getVariable(CHANNEL), (String) task.getVariable(CASE_TYPE),
        CodeList.parse((String) task.getVariable(APPLICANT_FLAGS)), task.getProcessDefinitionId());
    String text = rows.stream().filter(row -> missing.contains(row.code()))
        .map(row -> "- " + row.nameKk() + " / " + row.nameRu() + " (" + ParagraphCitation.both(row.paragraph()) + ")")
        .distinct()
        .collect(Collectors.joining("\n"));
    task.setVariableLocal(MISSING_DOCUMENTS_TEXT, text.isEmpty() ? "—" : text);
  }
}
