package kz.qyzmet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qyzmet.QyzmetApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo users only where asked for; without the demo profile no start without an administrator's password. */
class ProductionSecretsCheckTest {

  @ParameterizedTest(name = "profiles \"{0}\", password \"{1}\": refused")
  @CsvSource({
      "'', ''",            // the image's default: no profile at all
      "postgres, ''",
      "prod, ''",
      "prod, demo",
      "prod, short-pass1",
      "'prod,demo', ''"    // prod wins over a demo profile added by mistake
  })
  void refusesToStartWithoutAStrongEnoughAdministratorPassword(String profiles, String password) {
    SpringApplication application = new SpringApplication(QyzmetApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(() -> {
      try (ConfigurableApplicationContext ignored = application.run("--spring.profiles.active=" + profiles,
          "--QYZMET_ADMIN_PASSWORD=" + password)) {
        // never reached
      }
    }).hasStackTraceContaining("QYZMET_ADMIN_PASSWORD");
  }

  @Test
  void noProfileIsTheDefaultAndProdHasNoDemoUsersNorRuntimeDeployments() throws Exception {
    var yaml = new String(QyzmetApplication.class.getResourceAsStream("/application.yaml").readAllBytes());
    assertThat(yaml).doesNotContain("default: demo").contains("prod: postgres");
    String prodSection = yaml.substring(yaml.indexOf("on-profile: prod"));
    assertThat(prodSection).contains("demo-users: false", "runtime-deployments: false", "scripts-in-models: false");
    String baseSection = yaml.substring(0, yaml.indexOf("\n---"));
    assertThat(baseSection).contains("password: ${QYZMET_ADMIN_PASSWORD:}").doesNotContain("password: demo");
  }
}
