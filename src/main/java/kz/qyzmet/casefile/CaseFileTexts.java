package kz.qyzmet.casefile;

import static kz.qyzmet.process.ProcessVariables.APPLICATION_ID;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import kz.qyzmet.tasklist.FormText;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case file as a worker reads it in a task form: the task variable {@code caseFiles}, a Markdown
 * list, one line per file, the document's name in Kazakh and Russian as the link that downloads it
 * through the Tasklist door ({@link CaseFilePluginResource}), then what kind of file it is, its size
 * and when it was attached:
 * "- [Жеке басын куәландыратын құжат / Документ, удостоверяющий личность](/camunda/api/tasklist/plugin/
 * qyzmet-case-files/default/files/…) · сурет / изображение · 245 КБ · 03.12.2026 10:15".
 * No code, no file name (a client's, often Latin), no user id is shown.
 *
 * <p>Set when a task is created ({@code TaskFormTexts}) and again on every open task of the
 * application when a file is attached, in the upload's transaction.
 */
@Component
public class CaseFileTexts {

  public static final String VARIABLE = "caseFiles";
  public static final String NONE = "—";
  public static final String DOOR = "/camunda/api/tasklist/plugin/" + CaseFileTasklistPlugin.ID + "/default/files/";


  private final JdbcTemplate jdbc;
  private final RequiredDocuments requiredDocuments;
  private final StandardsCatalog catalog;
  private final TaskService taskService;
  private final DateTimeFormatter time;

  public CaseFileTexts(JdbcTemplate jdbc, RequiredDocuments requiredDocuments, StandardsCatalog catalog,
      TaskService taskService, @Value("${qyzmet.zone:Asia/Almaty}") String zone) {
    this.jdbc = jdbc;
    this.requiredDocuments = requiredDocuments;
    this.catalog = catalog;
    this.taskService = taskService;
    this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of(zone));
  }

  record Line(String id, String documentCode, String contentType, long size, Timestamp at) {}

  /** The files of the application as Markdown, or {@link #NONE}. */
  public String of(String applicationId, int standardNumber, String processDefinitionId) {
    List<Line> files = jdbc.query("select id, document_code, content_type, size_bytes, uploaded_at from qz_case_file "
            + "where application_id = ? order by seq", (row, i) -> new Line(row.getString("id"),
            row.getString("document_code"), row.getString("content_type"), row.getLong("size_bytes"),
            row.getTimestamp("uploaded_at")), applicationId);
    if (files.isEmpty()) {
      return NONE;
    }
    Map<String, RequiredDocument> names = catalog.byNumber(standardNumber).isPresent()
        ? requiredDocuments.names(standardNumber, processDefinitionId) : Map.of();
    List<String> lines = new ArrayList<>();
    for (Line file : files) {
      RequiredDocument document = names.get(file.documentCode());
      String name = document == null ? "Стандарт тізімінде жоқ құжат / Документ не из перечня стандарта"
          : document.nameKk() + " / " + document.nameRu();
      String kind = CaseFileType.ofMediaType(file.contentType()).map(CaseFileType::words).orElse(NONE);
      lines.add("- [" + FormText.escape(name) + "](" + DOOR + file.id() + ") · " + kind + " · "
          + size(file.size()) + " · " + time.format(file.at().toInstant()));
    }
    return FormText.newestThatFit(lines, n -> "- … тағы " + n + " ертерек файл өтініштің электрондық ісінде / ещё "
        + n + " более ранних файлов в электронном деле заявления");
  }

  /** Shows the application's files in each of its open tasks (the spine's, its blocks', its complaints'). */
  void showInOpenTasks(ApplicationRecord application, String processDefinitionId) {
    String text = of(application.id(), application.standardNumber(), processDefinitionId);
    Map<String, Task> open = new LinkedHashMap<>();
    taskService.createTaskQuery().processInstanceBusinessKey(application.id()).list()
        .forEach(t -> open.put(t.getId(), t));
    taskService.createTaskQuery().processVariableValueEquals(APPLICATION_ID, application.id()).list()
        .forEach(t -> open.putIfAbsent(t.getId(), t));
    for (Task task : open.values()) {
      taskService.setVariableLocal(task.getId(), VARIABLE, text);
    }
  }

  /** "245 КБ", "1,2 МБ": the same in Kazakh and Russian. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " Б";
    }
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " КБ";
    }
    return String.format(Locale.forLanguageTag("ru"), "%.1f МБ", bytes / (1024.0 * 1024.0));
  }

}
