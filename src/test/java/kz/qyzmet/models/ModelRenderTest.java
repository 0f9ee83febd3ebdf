package kz.qyzmet.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import kz.qyzmet.browser.NodeBrowserScripts;
import org.junit.jupiter.api.Test;

/**
 * Every model drawn as Cockpit draws it: bpmn-js's NavigatedViewer (pinned in src/test/models) in
 * Debian's headless Chromium, at 100 %, to {build directory}/diagrams/{process id}.png. The script
 * measures what the browser drew and fails when a label overlaps a shape, another label or a flow,
 * a label leaves its bounds in the model or breaks a word, or a task's name leaves its task; it writes
 * report.json beside the pictures. Look at them after a change of the generator's layout.
 * {@code -Dqyzmet.diagrams.docs=true} copies the two shown in docs/models.md to docs/img/.
 */
class ModelRenderTest {

  /** The diagrams shown in docs/models.md: a spine and a block. */
  static final List<String> IN_THE_DOCS = List.of("s02-basic-pension-payment-assignment", "common-statutory-review");

  @Test
  void everyModelIsDrawnReadableAt100Percent() throws IOException {
    NodeBrowserScripts scripts = NodeBrowserScripts.prepare("src/test/models", "diagram rendering (ModelRenderTest)");
    List<Path> models = ModelConventionsTest.files("processes", ".bpmn");
    Path out = NodeBrowserScripts.buildDirectory().resolve("diagrams");
    Path log = NodeBrowserScripts.buildDirectory().resolve("models").resolve("render-diagrams.log");

    int exit = scripts.run("render-diagrams.js", Map.of(
        "QYZMET_MODELS", models.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n")),
        "QYZMET_DIAGRAMS", out.toString(),
        "QYZMET_CHROMIUM", NodeBrowserScripts.CHROMIUM.toString()), log, 3);

    String report = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(exit).as("what the browser drew:\n" + report).isZero();
    assertThat(report).contains("models=" + models.size() + " readable=" + models.size());
    List<String> missing = new ArrayList<>();
    for (Path model : models) {
      String id = model.getFileName().toString().replace(".bpmn", "");
      Path png = out.resolve(id + ".png");
      var image = Files.exists(png) ? ImageIO.read(png.toFile()) : null;
      // A drawn diagram: at least a row of shapes wide and tall, not a blank page.
      if (image == null || image.getWidth() < 600 || image.getHeight() < 300) {
        missing.add(id);
      }
    }
    assertThat(missing).as("models without a drawing in " + out).isEmpty();
    if (Boolean.getBoolean("qyzmet.diagrams.docs")) {
      for (String id : IN_THE_DOCS) {
        Files.copy(out.resolve(id + ".png"), Path.of("docs", "img", id + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
