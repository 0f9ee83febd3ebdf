package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import kz.qyzmet.QyzmetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine's job table carries the two indexes of the job acquisition query, created at start; creating them again changes nothing. */
@QyzmetIntegrationTest
class JobAcquisitionIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theJobTableHasTheAcquisitionIndexes() {
    assertThat(indexesOfTheJobTable()).contains("qz_act_ru_job_duedate", "qz_act_ru_job_lock_exp")
        .containsAll(JobAcquisitionIndexes.INDEXES.keySet());
  }

  @Test
  void creatingThemAgainChangesNothing() {
    Set<String> before = indexesOfTheJobTable();
    JobAcquisitionIndexes.create(dataSource);
    assertThat(indexesOfTheJobTable()).isEqualTo(before);
  }

  private Set<String> indexesOfTheJobTable() {
    return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
      Set<String> names = new TreeSet<>();
      DatabaseMetaData meta = connection.getMetaData();
      for (String table : new String[] {"ACT_RU_JOB", "act_ru_job"}) {
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), null, table, false, false)) {
          while (rs.next()) {
            if (rs.getString("INDEX_NAME") != null) {
              names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      return names;
    });
  }
}
