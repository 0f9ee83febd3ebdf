package kz.qyzmet.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kz.qyzmet.automated.InformationSystems;
import kz.qyzmet.automated.InformationSystems.InformationSystem;
import kz.qyzmet.automated.InformationSystems.Topic;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.ChannelFunction;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.models.ModelWriter.Model;

/**
 * Writes Qyzmet's BPMN models: the shared blocks (processes/common/), the complaint review, and the
 * spine of every standard in the catalog the application reads ({@link StandardsCatalog}), with the
 * topics of the fully automated services from {@link InformationSystems}. The models are generated
 * so that thirty spines stay alike: a change to the shape of every standard is made once, in
 * {@link Spines#spine}; a standard that needs its own shape gets its own function in
 * {@link Spines#OWN_SPINES}. GeneratedModelsTest fails when a committed model differs from what is
 * written here, and writes them again with {@code -Dqyzmet.models.write=true}.
 */
final class Models {

  static final Path PROCESSES = Path.of("processes");
  static final Path BLOCKS = PROCESSES.resolve("common");

  private Models() {}

  /** Every model, by its file relative to the project's root, in the order they are written. */
  static Map<Path, String> all(StandardsCatalog catalog, InformationSystems systems) {
    Map<Path, String> models = new LinkedHashMap<>();
    for (Model block : List.of(Blocks.intake(), Blocks.review(), Blocks.documents(), Blocks.result())) {
      models.put(BLOCKS.resolve(block.processId + ".bpmn"), block.xml());
    }
    Model complaint = Blocks.complaint();
    models.put(PROCESSES.resolve(complaint.processId + ".bpmn"), complaint.xml());
    for (Standard standard : catalog.all()) {
      models.put(PROCESSES.resolve(standard.processKey() + ".bpmn"), spine(standard, systems).xml());
    }
    return models;
  }

  /** The spine of one standard: automated, of its own shape, or the common one. */
  static Model spine(Standard standard, InformationSystems systems) {
    int number = standard.number();
    String file = String.format("standards/s%02d.yaml", number);
    Optional<InformationSystem> system = systems.systemOf(number);
    if (system.isPresent()) {
      Topic topic = system.get().topics().stream().filter(t -> t.standard() == number).findFirst().orElseThrow();
      String doc = "Standard " + number + " of Decree No. 217 (" + standard.nameEn() + "): a fully automated "
          + "service. After the intake the answer is asked of the " + system.get().nameEn() + " as an external task "
          + "on the topic " + topic.topic() + ", under the statutory term of the standards catalog (" + file
          + "); the answer is delivered through the shared result block.";
      return Spines.automatedSpine(standard, doc, topic, system.get());
    }
    String doc = "Standard " + number + " of Decree No. 217 (" + standard.nameEn() + "): a thin spine on the "
        + "shared blocks. Its terms, documents and refusal grounds are in the standards catalog (" + file
        + ") and its table " + standard.requiredDocumentsDecisionKey() + ".";
    if (Spines.OWN_SPINES.containsKey(number)) {
      return Spines.OWN_SPINES.get(number).of(standard, doc);
    }
    String informationChannel = standard.channels().stream().filter(c -> c.does(ChannelFunction.INFORMATION_ONLY))
        .map(Channel::id).findFirst().orElse(null);
    return Spines.spine(standard, doc, informationChannel);
  }

  /**
   * The models under {@code root} that differ from the generated ones: changed (from which line),
   * missing, or a model in processes/ that the generator does not write.
   */
  static List<String> differing(Path root, Map<Path, String> generated) {
    List<String> differing = new ArrayList<>();
    for (Map.Entry<Path, String> model : generated.entrySet()) {
      Path file = root.resolve(model.getKey());
      if (!Files.exists(file)) {
        differing.add(model.getKey() + " (missing)");
      } else {
        String committed = read(file);
        if (!committed.equals(model.getValue())) {
          differing.add(model.getKey() + " (differs from line " + firstDifferingLine(committed, model.getValue())
              + ")");
        }
      }
    }
    try (Stream<Path> files = Files.walk(root.resolve(PROCESSES))) {
      files.filter(f -> f.toString().endsWith(".bpmn")).map(root::relativize).sorted()
          .filter(f -> !generated.containsKey(f)).forEach(f -> differing.add(f + " (not generated)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return differing;
  }

  /** The number of the first line where two texts differ. */
  static int firstDifferingLine(String one, String other) {
    int length = Math.min(one.length(), other.length());
    int at = 0;
    while (at < length && one.charAt(at) == other.charAt(at)) {
      at++;
    }
    return (int) one.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  static void write(Path root, Map<Path, String> generated) {
    generated.forEach((file, xml) -> {
      try {
        Files.writeString(root.resolve(file), xml, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
