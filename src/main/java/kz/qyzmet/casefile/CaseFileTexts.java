package kz.qyzmet.casefile;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import kz.qyzmet.tasklist.FormText;
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
 * <p>Computed when a task's form reads it ({@code TaskFormTexts}): a file attached while the task is
 * open shows the next time the form is opened.
 */
@Component
public class CaseFileTexts {

  public static final String VARIABLE = "caseFiles";
  public static final String NONE = "—";
  public static final String DOOR = "/camunda/api/tasklist/plugin/" + CaseFileTasklistPlugin.ID + "/default/files/";


  private final JdbcTemplate jdbc;
  private final RequiredDocuments requiredDocuments;
  private final StandardsCatalog catalog;
  private final DateTimeFormatter time;

  public CaseFileTexts(JdbcTemplate jdbc, RequiredDocuments requiredDocuments, StandardsCatalog catalog,
      @Value("${qyzmet.zone:Asia/Almaty}") String zone) {
    this.jdbc = jdbc;
    this.requiredDocuments = requiredDocuments;
    this.catalog = catalog;
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
