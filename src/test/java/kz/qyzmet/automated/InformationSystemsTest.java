package kz.qyzmet.automated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import kz.qyzmet.automated.InformationSystems.InformationSystem;
import kz.qyzmet.automated.InformationSystems.Topic;
import kz.qyzmet.catalog.ChannelFunction;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.Test;

/**
 * The list of information systems and their topics (automated/information-systems.yaml) agrees with
 * the catalog and with the generated spines: each topic is a fully automated service of a channel
 * the catalog marks {@code automated}, its spine asks on exactly that topic, and the deadline on the
 * task is the catalog's term (a variable derived at registration), never a number in the model.
 */
class InformationSystemsTest {

  static final StandardsCatalog CATALOG =
      new StandardsCatalog(StandardsCatalog.loadClasspath(StandardsCatalog.LOCATION));

  @Test
  void everyTopicIsAnAutomatedChannelOfItsStandard_andAnsweredByOneSystem() {
    InformationSystems systems = InformationSystems.fromClasspath();
    assertThat(systems.systems()).extracting(InformationSystem::group)
        .containsExactly("ztmo-information-system", "employment-information-system").doesNotHaveDuplicates();
    assertThat(systems.systems()).flatExtracting(InformationSystem::topics).extracting(Topic::topic)
        .containsExactly("s08-depositor-statement", "s14-unemployed-registration-certificate");
    for (InformationSystem system : systems.systems()) {
      assertThat(system.handGroup()).as(system.group()).isNotBlank();
      for (Topic topic : system.topics()) {
        Standard standard = CATALOG.require(topic.standard());
        assertThat(topic.topic()).startsWith(standard.code() + "-");
        assertThat(topic.paragraph()).startsWith("Standard " + topic.standard() + ", ");
        assertThat(topic.channels()).isNotEmpty().allSatisfy(channel -> {
          assertThat(standard.channel(channel)).as("%s channel %s", standard.code(), channel).isPresent();
          assertThat(standard.channel(channel).orElseThrow().does(ChannelFunction.AUTOMATED))
              .as("%s channel %s is automated in the catalog", standard.code(), channel).isTrue();
          assertThat(standard.serviceTerm(channel, null)).as("the catalog's term").isPresent();
        });
      }
    }
  }

  @Test
  void theSpineAsksOnTheTopic_underTheCatalogsTerm_notANumberInTheModel() throws Exception {
    for (InformationSystem system : InformationSystems.fromClasspath().systems()) {
      for (Topic topic : system.topics()) {
        Standard standard = CATALOG.require(topic.standard());
        Path file = Path.of("processes", standard.processKey() + ".bpmn");
        assertThat(Files.exists(file)).as(file.toString()).isTrue();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        ServiceTask ask = model.getModelElementById("ServiceTask_RequestAnswer");
        assertThat(ask.getCamundaType()).isEqualTo("external");
        assertThat(ask.getCamundaTopic()).isEqualTo(topic.topic());
        BoundaryEvent term = model.getModelElementById("BoundaryEvent_AnswerTerm");
        assertThat(term.getAttachedTo()).isEqualTo(ask);
        assertThat(term.cancelActivity()).as("the system may still answer late").isFalse();
        Collection<TimerEventDefinition> timers = term.getChildElementsByType(TimerEventDefinition.class);
        assertThat(timers).singleElement()
            .satisfies(timer -> assertThat(timer.getTimeDate().getTextContent()).isEqualTo("${statutoryDueDate}"));
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class))
            .as("no person reviews a fully automated service")
            .noneMatch(task -> task.getId().equals("UserTask_ReviewApplication"));
      }
    }
  }
}
