package kz.qyzmet.intake;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One thing wrong with an application's facts.
 *
 * @param field where: {@code applicant.iin}, {@code documents[2]}, {@code submittedAt}
 * @param reason a stable code: {@code required}, {@code too-long}, {@code format}, {@code checksum},
 *     {@code birth-date}, {@code unknown}, {@code not-offered}, {@code in-future},
 *     {@code out-of-range}, {@code conflict}, {@code wrong-type}
 * @param predicate what is wrong, in English, to follow the field's name ("must be 12 digits"): the
 *     API's {@code detail} for its clients
 */
public record IntakeProblem(String field, String reason, String predicate) {

  /** What a field is called on a screen, in Kazakh and Russian, by its API name or process variable. */
  private static final Map<String, String[]> FIELDS = Map.ofEntries(
      Map.entry("standard", new String[] {"Стандарт", "Стандарт"}),
      Map.entry("standardNumber", new String[] {"Стандарт", "Стандарт"}),
      Map.entry("channel", new String[] {"Қабылдау арнасы", "Канал приёма"}),
      Map.entry("caseType", new String[] {"Іс түрі", "Вид дела"}),
      Map.entry("applicant", new String[] {"Өтініш беруші", "Заявитель"}),
      Map.entry("applicant.iin", new String[] {"Өтініш берушінің ЖСН", "ИИН заявителя"}),
      Map.entry("applicantIin", new String[] {"Өтініш берушінің ЖСН", "ИИН заявителя"}),
      Map.entry("applicant.fullName", new String[] {"Өтініш берушінің аты-жөні", "ФИО заявителя"}),
      Map.entry("applicantName", new String[] {"Өтініш берушінің аты-жөні", "ФИО заявителя"}),
      Map.entry("representative", new String[] {"Өкіл", "Представитель"}),
      Map.entry("representative.iin", new String[] {"Өкілдің ЖСН", "ИИН представителя"}),
      Map.entry("representativeIin", new String[] {"Өкілдің ЖСН", "ИИН представителя"}),
      Map.entry("representative.fullName", new String[] {"Өкілдің аты-жөні", "ФИО представителя"}),
      Map.entry("representativeName", new String[] {"Өкілдің аты-жөні", "ФИО представителя"}),
      Map.entry("flags", new String[] {"Өтініш берушінің белгісі", "Отметка о заявителе"}),
      Map.entry("applicantFlags", new String[] {"Өтініш берушінің белгісі", "Отметка о заявителе"}),
      Map.entry("documents", new String[] {"Тапсырылған құжат", "Сданный документ"}),
      Map.entry("documentsSubmitted", new String[] {"Тапсырылған құжат", "Сданный документ"}),
      Map.entry("submittedAt", new String[] {"Тапсыру уақыты", "Время подачи"}),
      Map.entry("applicationId", new String[] {"Өтініш нөмірі", "Номер заявления"}),
      Map.entry("businessKey", new String[] {"Өтініш нөмірі", "Номер заявления"}));

  private static final String[] SOME_FIELD = {"Өтініш деректері", "Данные заявления"};

  /** The field and what is wrong with it, in words (English, the API's detail). */
  public String message() {
    return field + " " + predicate;
  }

  /**
   * What is wrong, in Kazakh and then Russian, without the names of fields or variables: what
   * Tasklist shows to the worker whose start is refused. The worker's own value (a document code, a
   * channel) is quoted back.
   */
  public String words() {
    String base = field.replaceAll("\\[\\d+]", "").replace(" and ", ",").split(",")[0].strip();
    String[] name = FIELDS.getOrDefault(base, SOME_FIELD);
    String value = predicate.startsWith("'") && predicate.indexOf('\'', 1) > 0
        ? " «" + predicate.substring(1, predicate.indexOf('\'', 1)) + "»" : "";
    String[] what = what(base);
    return name[0] + value + ": " + what[0] + " / " + name[1] + value + ": " + what[1];
  }

  private String[] what(String base) {
    boolean iin = base.endsWith("iin") || base.endsWith("Iin");
    boolean name = base.endsWith("Name") || base.endsWith("fullName");
    return switch (reason) {
      case "required" -> new String[] {"толтырылмаған", "не заполнено"};
      case "too-long" -> new String[] {"тым ұзын", "длиннее допустимого"};
      case "checksum" -> new String[] {"бақылау цифрына сәйкес келмейді", "не проходит проверку контрольной цифры"};
      case "birth-date" -> new String[] {"мүмкін емес туған күнді көрсетеді", "содержит невозможную дату рождения"};
      case "in-future" -> new String[] {"әлі келмеген уақытты көрсетеді", "указывает на время, которое ещё не наступило"};
      case "out-of-range" -> predicate.contains("calendar")
          ? new String[] {"жұмыс күндерінің күнтізбесінен тыс", "вне производственного календаря"}
          : new String[] {"тым ерте; ескі өтінішті тек әкімші енгізе алады",
          "слишком раннее; старое заявление может внести только администратор"};
      case "conflict" -> new String[] {"басқа өтінішке тиесілі", "принадлежит другому заявлению"};
      case "unknown" -> base.startsWith("standard")
          ? new String[] {"бұл жүйеде көрсетілмейді", "не оказывается в этой системе"}
          : base.startsWith("doc")
              ? new String[] {"бұл стандарттың құжаттар тізімінде жоқ", "отсутствует в перечне документов этого стандарта"}
              : new String[] {"бұл стандартта қарастырылмаған", "не предусмотрено этим стандартом"};
      case "not-offered" -> new String[] {"бұл стандартта немесе бұл арнада қарастырылмаған",
          "не предусмотрено этим стандартом или этим каналом"};
      default -> iin ? new String[] {"12 саннан тұруы тиіс", "должен состоять из 12 цифр"}
          : name ? new String[] {"тек әріптерден, бос орыннан, дефистен, апострофтан және нүктеден тұруы тиіс",
              "может содержать только буквы, пробелы, дефисы, апострофы и точки"}
          : base.equals("submittedAt") ? new String[] {"күн мен уақыт болуы тиіс", "должно быть датой и временем"}
          : new String[] {"дұрыс жазылмаған", "указано неверно"};
    };
  }

  /** The same problem under another name of its field (e.g. a process variable's). */
  public IntakeProblem renamed(UnaryOperator<String> names) {
    return new IntakeProblem(names.apply(field), reason, predicate);
  }
}
