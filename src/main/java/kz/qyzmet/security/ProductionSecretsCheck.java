package kz.qyzmet.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without an administrator password, before anything is created with a guessable
 * one, and says which variable to set. Only the demo profile, asked for explicitly (as
 * {@code ./mvnw spring-boot:run} does), has its well-known demo/demo administrator. In prod the
 * password must also be at least {@value #PROD_MIN_LENGTH} characters long.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor {

  static final String ADMIN_PASSWORD_VARIABLE = "QYZMET_ADMIN_PASSWORD";
  static final int PROD_MIN_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> profiles = Arrays.asList(environment.getActiveProfiles());
    if (profiles.contains("demo") && !profiles.contains("prod")) {
      return;
    }
    String password = environment.getProperty(ADMIN_PASSWORD_VARIABLE);
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("Qyzmet needs the administrator's password: set the environment variable "
          + ADMIN_PASSWORD_VARIABLE + " (and QYZMET_ADMIN_USER for a user id other than 'admin'), or run the demo "
          + "with --spring.profiles.active=demo (demo users with the password 'demo', never on a reachable host).");
    }
    if (profiles.contains("prod") && (password.length() < PROD_MIN_LENGTH || password.equals("demo"))) {
      throw new IllegalStateException("The prod profile needs an administrator's password of at least "
          + PROD_MIN_LENGTH + " characters in " + ADMIN_PASSWORD_VARIABLE + ".");
    }
  }
}
