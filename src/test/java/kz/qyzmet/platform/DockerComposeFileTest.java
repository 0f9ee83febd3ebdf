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
  void appIsBuiltFromTheDockerfileAndWaitsForAHealthyDatabase() throws Exception {
    JsonNode app = compose.at("/services/app");
    assertThat(app.path("build").asText()).isEqualTo(".");
    assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
    // The image on its own is production: it needs QYZMET_ADMIN_PASSWORD and has no demo users.
    assertThat(Files.readString(Path.of("Dockerfile"))).contains("ENV SPRING_PROFILES_ACTIVE=prod");
    assertThat(app.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(app.at("/environment/QYZMET_DB_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/qyzmet");
    assertThat(app.at("/environment/SPRING_PROFILES_ACTIVE").asText()).contains("postgres");
    // The demo (users with the password demo) is reachable from this machine only.
    assertThat(app.path("ports").get(0).asText()).isEqualTo("127.0.0.1:8080:8080");
  }

  @Test
  void theDatabaseCredentialsMatchOnBothSides() {
    assertThat(compose.at("/services/postgres/environment/POSTGRES_USER").asText())
        .isEqualTo(compose.at("/services/app/environment/QYZMET_DB_USER").asText());
    assertThat(compose.at("/services/postgres/environment/POSTGRES_PASSWORD").asText())
        .isEqualTo(compose.at("/services/app/environment/QYZMET_DB_PASSWORD").asText());
  }

  @Test
  void withoutAComposeProfileTheSingleNodeSetUpStartsAsBefore() {
    assertThat(compose.at("/services/postgres").has("profiles")).isFalse();
    assertThat(compose.at("/services/app").has("profiles")).isFalse();
    assertThat(compose.at("/services/app2/profiles").toString()).isEqualTo("[\"cluster\"]");
    assertThat(compose.at("/services/lb/profiles").toString()).isEqualTo("[\"cluster\"]");
  }

  @Test
  void theClusterProfileAddsASecondNodeOnTheSameDatabase() {
    JsonNode app = compose.at("/services/app");
    JsonNode app2 = compose.at("/services/app2");
    assertThat(app2.path("build").asText()).isEqualTo(".");
    assertThat(app2.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    for (String variable : new String[] {"QYZMET_DB_URL", "QYZMET_DB_USER", "QYZMET_DB_PASSWORD",
        "SPRING_PROFILES_ACTIVE", "QYZMET_ADMIN_PASSWORD"}) {
      assertThat(app2.at("/environment/" + variable).asText()).as(variable)
          .isEqualTo(app.at("/environment/" + variable).asText());
    }
    // both are nodes of a cluster (application-cluster.yaml), each with its own id (the job lock owner)
    assertThat(app.at("/environment/SPRING_PROFILES_INCLUDE").asText()).isEqualTo("cluster");
    assertThat(app2.at("/environment/SPRING_PROFILES_INCLUDE").asText()).isEqualTo("cluster");
    assertThat(app.at("/environment/QYZMET_NODE_ID").asText()).isNotBlank()
        .isNotEqualTo(app2.at("/environment/QYZMET_NODE_ID").asText());
    assertThat(app2.at("/healthcheck/test").toString()).contains("/actuator/health");
    assertThat(app2.has("ports")).as("reached through the load balancer").isFalse();
    assertThat(Files.exists(Path.of("src/main/resources/application-cluster.yaml"))).isTrue();
  }

  @Test
  void theLoadBalancerIsNginxInFrontOfBothNodes() throws Exception {
    JsonNode lb = compose.at("/services/lb");
    assertThat(lb.path("image").asText()).startsWith("nginx:");
    assertThat(lb.at("/depends_on/app/condition").asText()).isEqualTo("service_healthy");
    assertThat(lb.at("/depends_on/app2/condition").asText()).isEqualTo("service_healthy");
    assertThat(lb.path("ports").get(0).asText()).isEqualTo("127.0.0.1:8088:80");
    String mount = lb.path("volumes").get(0).asText();
    assertThat(mount).startsWith("./deploy/nginx.conf:/etc/nginx/conf.d/default.conf");
    String nginx = Files.readString(Path.of("deploy/nginx.conf"));
    assertThat(nginx).contains("server app:8080", "server app2:8080", "location /api/", "location /engine-rest/",
        "ip_hash", "location = /nginx-health");
    assertThat(lb.at("/healthcheck/test").toString()).contains("/nginx-health");
  }

  private static JsonNode read(String file) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(file)));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot parse " + file, e);
    }
  }
}
