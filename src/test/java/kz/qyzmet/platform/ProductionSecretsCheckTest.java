package kz.qyzmet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qyzmet.QyzmetApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

class ProductionSecretsCheckTest {

  @Test
  void prodProfileRefusesToStartWithoutTheAdministratorPassword() {
    SpringApplication application = new SpringApplication(QyzmetApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(() -> {
      try (ConfigurableApplicationContext ignored = application.run("--spring.profiles.active=prod",
          "--QYZMET_ADMIN_PASSWORD=")) {
        // never reached
      }
    }).hasStackTraceContaining("QYZMET_ADMIN_PASSWORD");
  }

  @Test
  void prodProfileHasNoDemoUsersAndRunsOnPostgres() throws Exception {
    var yaml = new String(QyzmetApplication.class.getResourceAsStream("/application.yaml").readAllBytes());
    String prodSection = yaml.substring(yaml.indexOf("on-profile: prod"));
    assertThat(prodSection).contains("demo-users: false").contains("password: ${QYZMET_ADMIN_PASSWORD}");
    assertThat(yaml).contains("prod: postgres");
  }
}
