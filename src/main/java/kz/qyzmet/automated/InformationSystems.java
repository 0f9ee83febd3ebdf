package kz.qyzmet.automated;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.process.ProcessVariables;

/**
 * The information systems that answer the fully automated services, and each service's topic, as
 * {@code automated/information-systems.yaml} lists them (the one place the topics are named; the
 * model generator reads the same file). A system signs in with an account of its group and fetches
 * and completes the external tasks of its own topics only ({@link kz.qyzmet.security.InformationSystemDoor}).
 */
public record InformationSystems(List<InformationSystem> systems) {

  public static final String LOCATION = "automated/information-systems.yaml";

  /**
   * The variables an answer may set on the application: the result's document (its reference or
   * content). Nothing else an information system sends reaches the process.
   */
  public static final List<String> ANSWER_VARIABLES = List.of(ProcessVariables.AUTOMATED_RESULT);

  /** The variables a system may fetch with a task: what it needs to find the applicant's data. */
  public static final List<String> READABLE_VARIABLES = List.of(ProcessVariables.APPLICATION_ID,
      ProcessVariables.STANDARD_CODE, ProcessVariables.CHANNEL, ProcessVariables.APPLICANT_IIN,
      ProcessVariables.APPLICANT_FLAGS, ProcessVariables.SUBMITTED_AT);

  /**
   * One system: its account's group, the group of its owner's specialists who answer by hand when
   * it cannot, and the topics it answers.
   */
  public record InformationSystem(String group, String nameKk, String nameRu, String nameEn, String handGroup,
      List<Topic> topics) {

    public boolean answers(String topic) {
      return topics.stream().anyMatch(t -> t.topic().equals(topic));
    }
  }

  /** One automated service: the topic Qyzmet asks on, for which standard and channels, and why. */
  public record Topic(String topic, int standard, List<String> channels, String resultEn, String paragraph,
      int seedLine) {}

  private static final InformationSystems CLASSPATH = read();

  /** The list on the classpath, read once. */
  public static InformationSystems fromClasspath() {
    return CLASSPATH;
  }

  public List<String> groups() {
    return systems.stream().map(InformationSystem::group).toList();
  }

  /** The system that answers a standard's automated service. */
  public Optional<InformationSystem> systemOf(int standard) {
    return systems.stream().filter(s -> s.topics().stream().anyMatch(t -> t.standard() == standard)).findFirst();
  }

  private static InformationSystems read() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = InformationSystems.class.getClassLoader().getResourceAsStream(LOCATION)) {
      if (in == null) {
        throw new IllegalStateException(LOCATION + " is not on the classpath");
      }
      return yaml.readValue(in, InformationSystems.class);
    } catch (IOException e) {
      throw new UncheckedIOException(LOCATION + ": " + e.getMessage(), e);
    }
  }
}
