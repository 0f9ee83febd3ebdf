package kz.qyzmet.tasklist;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notes of an application: every comment workers added in Tasklist to any of its tasks (the
 * spine and every block it called share one root process instance), oldest first. A comment belongs
 * to one task and Tasklist shows it on that task only; the next worker reads the case's notes in the
 * form variable {@code caseNotes}, computed when a task's form reads it ({@code TaskFormTexts}), as
 * Markdown for the forms' text component:
 * "- 02.12.2026 15:40 · Айгүл Сапарова · Құжаттарды жіберу / Направить документы: Көшірме анық емес".
 * One query per form opened (comments, their tasks' names and their authors' names together).
 */
@Component
public class CaseNotes {

  public static final String VARIABLE = "caseNotes";
  /** What the variable holds when nobody has written a note yet. */
  public static final String NONE = "—";

  private static final String QUERY = """
      select c.TIME_ as noted_at, c.USER_ID_ as user_id, c.FULL_MSG_ as full_message, c.MESSAGE_ as message,
             t.NAME_ as task_name, u.FIRST_ as first_name, u.LAST_ as last_name
      from ACT_HI_COMMENT c
      left join ACT_HI_TASKINST t on t.ID_ = c.TASK_ID_
      left join ACT_ID_USER u on u.ID_ = c.USER_ID_
      where c.ROOT_PROC_INST_ID_ = ? and c.TYPE_ = 'comment'
      order by c.TIME_, c.ID_""";

  private static final Pattern STANDARD_PREFIX = Pattern.compile("^S\\d{2} · ");
  private static final String SEPARATOR = " · ";

  private final JdbcTemplate jdbc;
  private final DateTimeFormatter time;

  public CaseNotes(JdbcTemplate jdbc, @Value("${qyzmet.zone:Asia/Almaty}") String zone) {
    this.jdbc = jdbc;
    this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of(zone));
  }

  /** A note as the next worker reads it. */
  record Note(java.util.Date at, String author, String step, String text) {}

  /**
   * The notes of the application whose root process instance this is, as Markdown lines, or
   * {@link #NONE}. {@code applicant} is the applicant's short name that task names end with.
   */
  public String of(String rootProcessInstanceId, String applicant) {
    if (rootProcessInstanceId == null) {
      return NONE;
    }
    List<Note> notes = jdbc.query(QUERY, (row, index) -> new Note(row.getTimestamp("noted_at"),
        author(row.getString("user_id"), row.getString("first_name"), row.getString("last_name")),
        step(row.getString("task_name"), applicant), text(row.getBytes("full_message"), row.getString("message"))),
        rootProcessInstanceId);
    return markdown(notes);
  }

  String markdown(List<Note> notes) {
    if (notes.isEmpty()) {
      return NONE;
    }
    List<String> lines = new ArrayList<>();
    for (Note note : notes) {
      StringBuilder line = new StringBuilder("- ").append(time.format(note.at().toInstant()))
          .append(SEPARATOR).append(FormText.escape(note.author()));
      if (note.step() != null) {
        line.append(SEPARATOR).append(FormText.escape(note.step()));
      }
      lines.add(line.append(": ").append(FormText.escape(note.text())).toString());
    }
    return FormText.newestThatFit(lines, n -> "- … тағы " + n + " ертерек жазба тапсырмалардың тарихында / ещё " + n
        + " более ранних заметок в истории задач");
  }

  private static String author(String userId, String first, String last) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    return name.isEmpty() ? (userId == null ? NONE : userId) : name;
  }

  /** "S02 · Өтінішті қарау / Рассмотреть заявление · Сапарова А." becomes the step's name. */
  static String step(String taskName, String applicant) {
    if (taskName == null) {
      return null;
    }
    String step = STANDARD_PREFIX.matcher(taskName).replaceFirst("");
    if (applicant != null && step.endsWith(SEPARATOR + applicant)) {
      step = step.substring(0, step.length() - SEPARATOR.length() - applicant.length());
    }
    return step;
  }

  private static String text(byte[] full, String message) {
    String text = full != null ? new String(full, StandardCharsets.UTF_8) : message == null ? "" : message;
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Markdown's special characters as text, so a note is shown as it was written and makes no link or heading. */
}
