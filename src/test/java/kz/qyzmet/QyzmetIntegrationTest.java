package kz.qyzmet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context every integration test shares (the demo users, an in-memory H2 database,
 * a real HTTP port). Tests that use it run a second time against a real PostgreSQL in the
 * {@code postgres-tests} execution when {@code QYZMET_TEST_POSTGRES_URL} is set (as in .ci/run).
 * Keep its configuration identical everywhere: one cached context, one engine per JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = QyzmetApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("integration")
// Metrics are exported as in production, so /actuator/prometheus is tested end to end.
@AutoConfigureObservability(tracing = false)
public @interface QyzmetIntegrationTest {}
