package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.catalog.Extension;
import kz.qyzmet.catalog.KindNames;
import kz.qyzmet.catalog.RefusalGround;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What the specialist may decide on an application, from the catalog: the review form offers only
 * these (form-js reads its options from the task's Json variables {@code decisionOptions},
 * {@code extensionOptions}, {@code caseTypeOptions} and {@code refusalGroundOptions}, computed when the
 * form reads them, {@link TaskFormTexts}), and completing the task with anything else is refused with a 400 that
 * says why, before anything is written. The check runs as the task's end execution listener: the
 * engine wraps a task listener's exception into a plain engine exception (a 500), an execution
 * listener's it lets through.
 *
 * <p>A document request is offered where the standard has one at the application's channel; "errors
 * found" where it has an error-correction extension there; "extend" for its other extensions there
 * (a check, an examination).
 */
@Component("reviewOptions")
public class ReviewOptions implements ExecutionListener {

  /** The review, whose form offers these options ({@link TaskFormTexts}) and whose end checks them. */
  public static final String REVIEW_TASK = "UserTask_ReviewApplication";

  public static final String GRANT = "grant";
  public static final String REFUSE = "refuse";
  public static final String REQUEST_DOCUMENTS = "request-documents";
  public static final String ERRORS_FOUND = "errors-found";
  public static final String EXTEND = "extend";
  public static final String WITHDRAW = "withdraw";
  public static final String CHANGE_CASE_TYPE = "change-case-type";
  public static final String CASE_TYPE_OPTIONS = "caseTypeOptions";
  /** The case type the specialist moves the application to (decision change-case-type). */
  public static final String NEW_CASE_TYPE = "newCaseType";

  public static final String DECISION_OPTIONS = "decisionOptions";
  public static final String EXTENSION_OPTIONS = "extensionOptions";
  public static final String REFUSAL_GROUND_OPTIONS = "refusalGroundOptions";

  /**
   * Grounds every standard may refuse on after examination, besides its own (the Law on Public
   * Services, art. 19-1: unreliable documents or data; the applicant or the data not meeting the
   * requirements), and a basis written out in the comment.
   */
  public static final List<Option> GENERAL_GROUNDS = List.of(
      new Option("unreliable-documents", "Құжаттардағы деректердің дәйексіздігі / Недостоверность данных в документах"),
      new Option("no-right-to-the-service",
          "Өтініш беруші немесе деректер талаптарға сәйкес келмейді / Заявитель или данные не соответствуют требованиям"),
      new Option("other", "Басқа заңды негіз (түсініктемеде) / Иное законное основание (в комментарии)"));

  private final StandardsCatalog catalog;
  private final ObjectMapper json = new ObjectMapper();

  private final ApplicationWording applicationWording;

  public ReviewOptions(StandardsCatalog catalog, ApplicationWording applicationWording) {
    this.applicationWording = applicationWording;
    this.catalog = catalog;
  }

  /** A choice offered to the specialist: its value and its label in Kazakh and Russian. */
  public record Option(String value, String label) {}

  /** The decisions the law allows on an application of this case type, in the form's order. */
  public List<Option> decisions(Standard standard, String channel, String caseType) {
    List<Option> options = new ArrayList<>(decisions(standard, channel));
    if (!caseTypes(standard, channel, caseType).isEmpty()) {
      options.add(options.size() - 1, new Option(CHANGE_CASE_TYPE,
          "Өтініш түрін өзгерту, мерзім қайта есептеледі / Изменить вид обращения, срок пересчитывается"));
    }
    return options;
  }

  /** The case types the application may be moved to during review: those the decree lets be found then. */
  public List<Option> caseTypes(Standard standard, String channel, String current) {
    var at = standard.channel(channel).orElse(null);
    return standard.caseTypes().stream()
        .filter(c -> c.canBeFoundDuringReview() && !c.code().equals(current) && (at == null || at.accepts(c.code())))
        .map(c -> new Option(c.code(), c.nameKk() + " / " + c.nameRu())).toList();
  }

  /** The decisions the law allows on this application at a channel, whatever its case type. */
  public List<Option> decisions(Standard standard, String channel) {
    List<Option> options = new ArrayList<>();
    options.add(new Option(GRANT, "Оң шешім (қызмет көрсетіледі) / Положительное решение (услуга оказывается)"));
    options.add(new Option(REFUSE, "Бас тарту / Отказ"));
    if (standard.extension(Extension.DOCUMENT_REQUEST, channel).isPresent()) {
      options.add(new Option(REQUEST_DOCUMENTS, "Қосымша құжаттарды сұрату / Запросить дополнительные документы"));
    }
    standard.extension(Extension.ERROR_CORRECTION, channel).ifPresent(e -> options.add(new Option(ERRORS_FOUND,
        "Қателер анықталды (+" + e.extendBy().value() + " жұмыс күні) / Выявлены ошибки (+" + e.extendBy().value()
            + " рабочих дней)")));
    if (!extensions(standard, channel).isEmpty()) {
      options.add(new Option(EXTEND, "Мерзімді ұзарту / Продлить срок"));
    }
    options.add(new Option(WITHDRAW, "Өтініш кері қайтарылды / Заявление отозвано заявителем"));
    return options;
  }

  /** The grounds a refusal may give here: the standard's own grounds at this channel, then the general ones. */
  public List<Option> refusalGrounds(Standard standard, String channel) {
    List<Option> options = new ArrayList<>();
    for (RefusalGround ground : standard.refusalGrounds()) {
      if ("decision".equals(ground.stage()) && (ground.channels().isEmpty() || ground.channels().contains(channel))) {
        options.add(new Option(ground.code(), ground.nameRu() == null || ground.nameRu().isBlank() ? ground.nameKk()
            : ground.nameKk() + " / " + ground.nameRu()));
      }
    }
    if (standard.extension(Extension.DOCUMENT_REQUEST, channel).isPresent()) {
      options.add(new Option("documents-not-provided",
          "Сұратылған құжаттар берілмеді / Запрошенные документы не представлены"));
    }
    for (Option general : GENERAL_GROUNDS) {
      if (options.stream().noneMatch(o -> o.value().equals(general.value()))) {
        options.add(general);
      }
    }
    return options;
  }

  /** The extensions "extend" may apply here: every kind but a document request and error correction. */
  public List<Option> extensions(Standard standard, String channel) {
    Map<String, Option> options = new LinkedHashMap<>();
    for (Extension extension : standard.extensions()) {
      String kind = extension.kind();
      if (extension.channels().contains(channel) && !Extension.DOCUMENT_REQUEST.equals(kind)
          && !Extension.ERROR_CORRECTION.equals(kind)) {
        KindNames.Name name = KindNames.extension(kind).orElseThrow();
        options.putIfAbsent(kind, new Option(kind, name.kk() + " / " + name.ru()));
      }
    }
    return List.copyOf(options.values());
  }

  /** The review form's option lists, as Json variables by name. */
  Map<String, TypedValue> of(Standard standard, String channel, String caseType) {
    Map<String, TypedValue> options = new LinkedHashMap<>();
    options.put(DECISION_OPTIONS, SpinValues.jsonValue(toJson(decisions(standard, channel, caseType))).create());
    options.put(CASE_TYPE_OPTIONS, SpinValues.jsonValue(toJson(caseTypes(standard, channel, caseType))).create());
    options.put(EXTENSION_OPTIONS, SpinValues.jsonValue(toJson(extensions(standard, channel))).create());
    options.put(REFUSAL_GROUND_OPTIONS, SpinValues.jsonValue(toJson(refusalGrounds(standard, channel))).create());
    return options;
  }

  /** The review task ends: completed with a decision the law allows here, or cancelled. */
  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Standard standard = applicationWording.of(execution::getVariable).standard();
    check(standard, (String) execution.getVariable(CHANNEL), (String) execution.getVariable(CASE_TYPE), execution);
  }

  private void check(Standard standard, String channel, String caseType, VariableScope task) {
    Object decision = task.getVariable(DECISION);
    List<Option> allowed = decisions(standard, channel, caseType);
    if (!(decision instanceof String value) || allowed.stream().noneMatch(o -> o.value().equals(value))) {
      throw new DecisionRefused(
          "бұл өтініш бойынша мұндай шешім заңда көзделмеген, мүмкін шешімдер: " + labels(allowed, 0),
          "такое решение по этому заявлению законом не предусмотрено, возможные решения: " + labels(allowed, 1));
    }
    if (EXTEND.equals(decision)) {
      Object kind = task.getVariable(EXTENSION_KIND);
      List<Option> kinds = extensions(standard, channel);
      if (!(kind instanceof String k) || kinds.stream().noneMatch(o -> o.value().equals(k))) {
        throw new DecisionRefused("ұзарту түрі таңдалмаған немесе заңда көзделмеген: " + labels(kinds, 0),
            "вид продления не выбран или не предусмотрен законом: " + labels(kinds, 1));
      }
    }
    if (CHANGE_CASE_TYPE.equals(decision)) {
      Object target = task.getVariable(NEW_CASE_TYPE);
      List<Option> targets = caseTypes(standard, channel, caseType);
      if (!(target instanceof String t) || targets.stream().noneMatch(o -> o.value().equals(t))) {
        throw new DecisionRefused("жаңа өтініш түрі таңдалмаған немесе заңда көзделмеген",
            "новый вид обращения не выбран или не предусмотрен законом");
      }
    }
    if (REFUSE.equals(decision)) {
      Object ground = task.getVariable(REFUSAL_GROUND);
      List<Option> grounds = refusalGrounds(standard, channel);
      if (!(ground instanceof String g) || grounds.stream().noneMatch(o -> o.value().equals(g))) {
        throw new DecisionRefused("бас тарту негізі таңдалмаған немесе бұл стандартта көзделмеген",
            "основание отказа не выбрано или не предусмотрено этим стандартом");
      }
    }
    if (ERRORS_FOUND.equals(decision) && blank(task.getVariable(ERRORS_FOUND_TEXT))) {
      throw new DecisionRefused("анықталған қателерді сипаттаңыз", "опишите выявленные ошибки");
    }
  }

  private static boolean blank(Object value) {
    return !(value instanceof String text) || text.isBlank();
  }

  /** The Kazakh (0) or Russian (1) halves of the options' labels. */
  private static String labels(List<Option> options, int half) {
    return String.join("; ", options.stream().map(o -> {
      String[] parts = o.label().split(" / ", 2);
      return parts.length > half ? parts[half] : parts[0];
    }).toList());
  }

  private String toJson(List<Option> options) {
    ArrayNode array = json.createArrayNode();
    for (Option option : options) {
      array.addObject().put("label", option.label()).put("value", option.value());
    }
    return array.toString();
  }
}
