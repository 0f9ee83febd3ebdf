package kz.qyzmet.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case files' bytes in {@code qz_case_file_content}, written in the caller's transaction. */
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

  /** The database store, unless the application defines another. */
  @Configuration(proxyBeanMethods = false)
  static class DefaultStorage {

    @Bean
    @ConditionalOnMissingBean(CaseFileStorage.class)
    CaseFileStorage databaseCaseFileStorage(JdbcTemplate jdbc) {
      return new DatabaseCaseFileStorage(jdbc);
    }
  }
}
