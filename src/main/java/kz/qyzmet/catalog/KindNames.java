package kz.qyzmet.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * The names of the kinds a standards file uses by code only: term kinds and stages, extension
 * kinds, complaint levels. One table for all thirty standards; the validator refuses a file whose
 * term or extension kind has no name here, so a worker never sees a bare code.
 *
 * <p>The decree names none of these as such: the Kazakh follows the seed's wording
 * ("мемлекеттік қызмет көрсету мерзімі", "шешім қабылдау", ...), the Russian is Qyzmet's
 * translation (docs/glossary.md; the decree's official Russian text prevails).
 */
public final class KindNames {

  /** A name in Kazakh, Russian and English. */
  public record Name(String kk, String ru, String en) {

    /** "Kazakh / Russian", as screens show it. */
    public String kkRu() {
      return kk + " / " + ru;
    }
  }

  private static final Map<String, Name> TERM_KINDS = Map.ofEntries(
      Map.entry(Term.SERVICE, new Name("Мемлекеттік қызмет көрсету мерзімі",
          "Срок оказания государственной услуги", "Term of the public service")),
      Map.entry(Term.AFTER_DOCUMENTS, new Name("Қосымша құжаттар ұсынылған күннен бастап қызмет көрсету мерзімі",
          "Срок оказания услуги со дня представления дополнительных документов",
          "Term from the day the additional documents are submitted")),
      Map.entry(Term.AFTER_ERROR_FIX, new Name("Қателер жойылған күннен бастап қызмет көрсету мерзімі",
          "Срок оказания услуги со дня устранения ошибок", "Term from the day the errors are corrected")),
      Map.entry(Term.NOTIFY_APPLICANT, new Name("Қосымша құжаттарды ұсыну қажеттігі туралы хабардар ету мерзімі",
          "Срок уведомления о необходимости представить дополнительные документы",
          "Term to tell the applicant that additional documents are needed")),
      Map.entry("queue-wait", new Name("Құжаттар топтамасын тапсыру үшін күтудің рұқсат етілген ең ұзақ уақыты",
          "Максимально допустимое время ожидания для сдачи пакета документов",
          "Maximum waiting time to hand in the documents")),
      Map.entry("max-service-time", new Name("Қызмет көрсетудің рұқсат етілген ең ұзақ уақыты",
          "Максимально допустимое время обслуживания", "Maximum time to serve the applicant")),
      Map.entry("visit-wait", new Name("Үйге немесе мекемеге барған кезде күтудің рұқсат етілген ең ұзақ уақыты",
          "Максимально допустимое время ожидания при выезде на дом или в учреждение",
          "Maximum waiting time for a visit at home or in an institution")),
      Map.entry("result-storage", new Name("Нәтиженің сақталу мерзімі", "Срок хранения результата",
          "Storage of the unclaimed result")),
      Map.entry("result-handover", new Name("Нәтижені беру мерзімі", "Срок выдачи результата",
          "Handover of the result")),
      Map.entry(Term.DECISION, new Name("Шешім қабылдау мерзімі", "Срок принятия решения", "Decision")),
      Map.entry(Term.NOTIFY_DECISION, new Name("Шешім туралы хабарлау мерзімі", "Срок уведомления о решении",
          "Notice of the decision")),
      Map.entry("guarantee-documents", new Name("Кепілдік беретін құжаттардың көшірмелерін тапсыру мерзімі",
          "Срок сдачи копий гарантийных документов", "Hand-in of the departure-guarantee documents")),
      Map.entry("permit-handover", new Name("Рұқсатты беру мерзімі", "Срок выдачи разрешения",
          "Handover of the permit")),
      Map.entry("permit-reissue", new Name("Рұқсатты қайта ресімдеу мерзімі", "Срок переоформления разрешения",
          "Re-issue of the permit")),
      Map.entry("certificate-issue", new Name("Куәлік беру мерзімі", "Срок выдачи удостоверения",
          "Issue of the certificate")));

  private static final Map<String, Name> EXTENSION_KINDS = Map.of(
      Extension.DOCUMENT_REQUEST, new Name(
          "Құжаттың дәйектілігіне күмән туындаған не қосымша құжаттар сұратылған кезде мерзімді ұзарту",
          "Продление срока при сомнении в достоверности документов или запросе дополнительных документов",
          "Extension for a doubtful document or additional documents"),
      Extension.ERROR_CORRECTION, new Name("Жіберілген қателер анықталған кезде мерзімді ұзарту",
          "Продление срока при выявлении допущенных ошибок", "Extension when the office's errors are found"),
      Extension.CHECK, new Name("Тексеру жүргізілген кезде мерзімді ұзарту", "Продление срока на время проверки",
          "Extension for a check"),
      "examination", new Name("Қосымша тексеру және емдеу қажет болған кезде мерзімді ұзарту",
          "Продление срока при необходимости дополнительного обследования и лечения",
          "Extension for further examination and treatment"));

  private static final Map<String, Name> COMPLAINT_LEVELS = Map.of(
      "provider", new Name("Көрсетілетін қызметті берушіге (министрлікке) шағым",
          "Жалоба услугодателю (в министерство)", "Complaint to the provider (or the ministry)"),
      "psc-head", new Name("ХҚО қызметкерінің әрекетіне (әрекетсіздігіне) ХҚО басшысына шағым",
          "Жалоба руководителю ЦОН на действия (бездействие) работника ЦОН",
          "Complaint to the PSC's head about the actions (inaction) of a PSC employee"),
      "quality-authority", new Name(
          "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға шағым",
          "Жалоба в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
          "Complaint to the authorised body for assessing and controlling the quality of public services"));

  private KindNames() {}

  /** The name of a term kind or stage ({@code service}, {@code decision}, ...). */
  public static Optional<Name> term(String kind) {
    return Optional.ofNullable(kind == null ? null : TERM_KINDS.get(kind));
  }

  /** The name of an extension kind ({@code document-request}, ...). */
  public static Optional<Name> extension(String kind) {
    return Optional.ofNullable(kind == null ? null : EXTENSION_KINDS.get(kind));
  }

  /** The name of a complaint level ({@code provider}, {@code psc-head}, {@code quality-authority}). */
  public static Optional<Name> complaintLevel(String code) {
    return Optional.ofNullable(code == null ? null : COMPLAINT_LEVELS.get(code));
  }

  /** Every named term kind, extension kind and complaint level, for checks. */
  public static Map<String, Map<String, Name>> all() {
    return Map.of("term", TERM_KINDS, "extension", EXTENSION_KINDS, "complaintLevel", COMPLAINT_LEVELS);
  }
}
