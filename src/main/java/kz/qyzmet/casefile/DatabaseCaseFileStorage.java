package kz.qyzmet.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case files' bytes in {@code qz_case_file_content}, written in the caller's transaction: the
 * store unless {@code qyzmet.case-file.storage} names another (whose bean then implements
 * {@link CaseFileStorage} under the same property).
 */
@Component
@ConditionalOnProperty(prefix = "qyzmet.case-file", name = "storage", havingValue = "database", matchIfMissing = true)
public class DatabaseCaseFileStorage implements CaseFileStorage {

  private final JdbcTemplate jdbc;

  public DatabaseCaseFileStorage(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void put(String key, byte[] content) {
    jdbc.update("insert into qz_case_file_content (storage_key, content) values (?, ?)", key, content);
  }

  @Override
  public Optional<byte[]> get(String key) {
    List<byte[]> found = jdbc.query("select content from qz_case_file_content where storage_key = ?",
        (row, i) -> row.getBytes("content"), key);
    return found.stream().findFirst();
  }
}
