package kz.qyzmet.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.qyzmet.automated.InformationSystems;
import kz.qyzmet.catalog.StandardsCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed models (processes/**.bpmn) are what {@link Models} writes from the catalog: a model
 * edited by hand, in Camunda Modeler or otherwise, fails here. Change the generator instead and write
 * them again with {@code ./mvnw -q -o test -Dtest=GeneratedModelsTest -Dqyzmet.models.write=true}.
 */
class GeneratedModelsTest {

  private static final Map<Path, String> GENERATED = Models.all(
      new StandardsCatalog(StandardsCatalog.loadClasspath(StandardsCatalog.LOCATION)),
      InformationSystems.fromClasspath());

  @Test
  void everyCommittedModelIsTheOneGeneratedFromTheCatalog() {
    Path root = Path.of("");
    if (Boolean.getBoolean("qyzmet.models.write")) {
      Models.write(root, GENERATED);
    }
    assertThat(GENERATED).hasSize(35);
    assertThat(Models.differing(root, GENERATED)).as("models that differ from the generator's; change the "
        + "generator (src/test/java/kz/qyzmet/models) and write them again with -Dqyzmet.models.write=true")
        .isEmpty();
  }

  @Test
  void aShapeMovedByHandAMissingModelAndAForeignOneAreReported(@TempDir Path copy) throws IOException {
    Files.createDirectories(copy.resolve(Models.BLOCKS));
    Models.write(copy, GENERATED);
    assertThat(Models.differing(copy, GENERATED)).isEmpty();

    Path spine = copy.resolve("processes/s02-basic-pension-payment-assignment.bpmn");
    String generated = Files.readString(spine, StandardCharsets.UTF_8);
    String shape = "<bpmndi:BPMNShape id=\"CallActivity_Intake_di\" bpmnElement=\"CallActivity_Intake\">\n"
        + "        <dc:Bounds x=\"";
    int at = generated.indexOf(shape) + shape.length();
    assertThat(at).as("the intake call's shape in s02").isGreaterThan(shape.length());
    String moved = generated.substring(0, at) + "1" + generated.substring(at);
    Files.writeString(spine, moved, StandardCharsets.UTF_8);
    int line = (int) generated.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    Files.delete(copy.resolve("processes/common/common-intake.bpmn"));
    Files.writeString(copy.resolve("processes/common/drawn-by-hand.bpmn"), "<bpmn:definitions />");

    assertThat(Models.differing(copy, GENERATED)).containsExactly(
        "processes/common/common-intake.bpmn (missing)",
        "processes/s02-basic-pension-payment-assignment.bpmn (differs from line " + line + ")",
        "processes/common/drawn-by-hand.bpmn (not generated)");
  }
}
