package kz.qyzmet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Docker cannot run on the build machines, so the compose file is checked by reading it. */
class DockerComposeFileTest {

  private final JsonNode compose = read("docker-compose.yml");

  @Test
  void postgresIsVersion16WithHealthcheckAndVolume() {
    JsonNode postgres = compose.at("/services/postgres");
    assertThat(postgres.path("image").asText()).isEqualTo("postgres:16");
    assertThat(postgres.at("/healthcheck/test").toString()).contains("pg_isready");
    assertThat(postgres.path("volumes").get(0).asText()).startsWith("postgres-data:");
    assertThat(compose.at("/volumes").has("postgres-data")).isTrue();
  }

  @Test
  void appIsBuiltFromTheDockerfileAndWaitsForAHealthyDatabase() {
    JsonNode app = compose.at("/services/app");
    assertThat(app.path("build").asText()).isEqualTo(".");
    assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
    assertThat(app.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(app.at("/environment/QYZMET_DB_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/qyzmet");
    assertThat(app.at("/environment/SPRING_PROFILES_ACTIVE").asText()).contains("postgres");
    assertThat(app.path("ports").get(0).asText()).isEqualTo("8080:8080");
  }

  @Test
  void theDatabaseCredentialsMatchOnBothSides() {
    assertThat(compose.at("/services/postgres/environment/POSTGRES_USER").asText())
        .isEqualTo(compose.at("/services/app/environment/QYZMET_DB_USER").asText());
    assertThat(compose.at("/services/postgres/environment/POSTGRES_PASSWORD").asText())
        .isEqualTo(compose.at("/services/app/environment/QYZMET_DB_PASSWORD").asText());
  }

  private static JsonNode read(String file) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(file)));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot parse " + file, e);
    }
  }
}
