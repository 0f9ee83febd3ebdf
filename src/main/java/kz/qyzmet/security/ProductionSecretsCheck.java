package kz.qyzmet.security;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the prod profile without an administrator password, before anything is created
 * with an empty one, and says which variable to set.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor {

  static final String ADMIN_PASSWORD_VARIABLE = "QYZMET_ADMIN_PASSWORD";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
    if (!prod) {
      return;
    }
    String password = environment.getProperty(ADMIN_PASSWORD_VARIABLE);
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("The prod profile needs the administrator's password: set the environment "
          + "variable " + ADMIN_PASSWORD_VARIABLE + " (and " + "QYZMET_ADMIN_USER for a user id other than 'admin').");
    }
  }
}
