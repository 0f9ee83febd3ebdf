package kz.qyzmet.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), generated
 * by springdoc from the controllers; this adds what the code cannot say: the title and HTTP Basic.
 */
@Configuration
public class OpenApiConfiguration {

  static final String BASIC = "basicAuth";

  @Bean
  OpenAPI qyzmetOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Qyzmet API").version("v1")
            .description("Social-protection public services of Decree No. 217 of 11.03.2014 as deadline-aware "
                + "processes: the standards, applications with their statutory due dates, further documents and "
                + "complaints. HTTP Basic against the engine's users; rights by group (see docs/api.md). Errors are "
                + "application/problem+json naming the field at fault (field, reason, errors)."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
