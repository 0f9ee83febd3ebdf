package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.*;

import jakarta.ws.rs.core.Response.Status;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import kz.qyzmet.regions.RegionProperties;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.calendar.DeadlineService;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.intake.ApplicationFacts;
import kz.qyzmet.intake.ApplicationIntake;
import kz.qyzmet.intake.ApplicationRefused;
import kz.qyzmet.intake.Caller;
import kz.qyzmet.intake.IntakeProblem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The one way into every standard's process, whoever starts it (the API, the engine REST API,
 * Tasklist's start form, Java): checks the application's facts, read from the start's variables,
 * with the API's own check ({@link ApplicationIntake}) and refuses an application id that belongs
 * to another application, before anything is written; then completes what every application needs
 * (the standard, its id, also the business key, the submission time, empty lists where nothing
 * was given) and records or attaches its row. It runs in the start command's transaction: a refusal
 * ({@link ApplicationRefused}, 400 or 409 over REST) leaves no instance, history or row behind.
 */
@Component("applicationStart")
public class ApplicationStart implements ExecutionListener {

  /** A transient mark: this instance's start was checked and recorded. */
  static final String CHECKED = "applicationStartChecked";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  /** Fits qz_application.id; printable, no spaces (it is shown and typed as the application's number). */
  private static final Pattern APPLICATION_ID_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,64}");
  /** What the process variables are called where the API's field names differ. */
  private static final Map<String, String> VARIABLE_NAMES = Map.of("applicant.iin", APPLICANT_IIN,
      "applicant.fullName", APPLICANT_NAME, "applicant", APPLICANT_IIN + " and " + APPLICANT_NAME,
      "representative.iin", "representativeIin", "representative.fullName", "representativeName",
      "representative", "representativeIin and representativeName", "flags", APPLICANT_FLAGS,
      "documents", DOCUMENTS_SUBMITTED, "standard", STANDARD_NUMBER);

  private final StandardsCatalog catalog;
  private final DeadlineService deadlines;
  private final ApplicationRecords records;
  private final ApplicationIntake intake;
  private final RegionProperties regions;

  public ApplicationStart(StandardsCatalog catalog, DeadlineService deadlines, ApplicationRecords records,
      ApplicationIntake intake, RegionProperties regions) {
    this.catalog = catalog;
    this.deadlines = deadlines;
    this.records = records;
    this.intake = intake;
    this.regions = regions;
  }

  /**
   * At the process's own start, as a built-in listener ({@link EveryStartChecked}): neither
   * {@code skipCustomListeners} nor start instructions (a start before a later activity) pass by it.
   */
  public void atProcessStart(DelegateExecution execution) {
    start(execution);
    execution.setVariableLocal(CHECKED, Variables.stringValue(execution.getProcessInstanceId(), true));
  }

  /** At the start event (the spine's {@code ${applicationStart}}): done already at the process's start. */
  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.getProcessInstanceId().equals(execution.getVariable(CHECKED))) {
      start(execution);
    }
  }

  private void start(DelegateExecution execution) {
    for (String list : new String[] {APPLICANT_FLAGS, DOCUMENTS_SUBMITTED}) {
      CodeList.fromChecklist(execution.getVariable(list)).ifPresent(codes -> execution.setVariable(list, codes));
    }
    String processKey = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    Standard standard = catalog.byProcessKey(processKey).orElseThrow(
        () -> new IllegalStateException("Process " + processKey + " is not a standard of the catalog"));
    Caller caller = callerOf(execution);
    ApplicationFacts facts = check(execution, standard, caller);
    String id = applicationId(execution);

    execution.setVariable(STANDARD_NUMBER, standard.number());
    execution.setVariable(STANDARD_CODE, standard.code());
    if (execution.getVariable(SUBMITTED_AT) == null) {
      execution.setVariable(SUBMITTED_AT, deadlines.now());
    }
    if (id == null) {
      id = newApplicationId(standard, (Date) execution.getVariable(SUBMITTED_AT));
    }
    // The submission decides the rules: the wording in force on the day of submission (docs/amendments.md).
    Wording wording = catalog.wordingOn(standard.number(),
        ApplicationWording.dayOf((Date) execution.getVariable(SUBMITTED_AT)));
    execution.setVariable(WORDING_EFFECTIVE_FROM, wording.effectiveFrom().toString());
    execution.setVariable(APPLICATION_ID, id);
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(id);
    }
    for (String list : new String[] {CASE_TYPE, APPLICANT_FLAGS, DOCUMENTS_SUBMITTED}) {
      if (execution.getVariable(list) == null) {
        execution.setVariable(list, "");
      }
    }
    execution.setVariable(STATUS, ApplicationStatus.SUBMITTED.name());
    if (!caller.isSystem()) {
      // A worker took it in (Tasklist's start form): the receipt names them, and their next step
      // on it is theirs (AcceptedByFollowUp).
      execution.setVariable(ACCEPTED_BY, caller.userId());
    }
    record(execution, standard, id, facts, caller);
    records.wording(id, wording.effectiveFrom());
  }

  /** The facts the start's variables state, checked; an {@link ApplicationRefused} (400) if any is wrong. */
  private ApplicationFacts check(DelegateExecution execution, Standard standard, Caller caller) {
    List<IntakeProblem> problems = new ArrayList<>();
    Object submitted = execution.getVariable(SUBMITTED_AT);
    if (submitted != null && !(submitted instanceof Date)) {
      problems.add(new IntakeProblem(SUBMITTED_AT, "wrong-type", "must be a date (type Date), not "
          + submitted.getClass().getSimpleName()));
    }
    String representativeIin = text(execution, "representativeIin", problems);
    String representativeName = text(execution, "representativeName", problems);
    ApplicationFacts facts = new ApplicationFacts(standard.number(), text(execution, CHANNEL, problems),
        text(execution, CASE_TYPE, problems),
        new ApplicationFacts.Person(text(execution, APPLICANT_IIN, problems), trim(text(execution, APPLICANT_NAME, problems))),
        representativeIin == null && representativeName == null ? null
            : new ApplicationFacts.Person(representativeIin, trim(representativeName)),
        CodeList.parse(text(execution, APPLICANT_FLAGS, problems)),
        CodeList.parse(text(execution, DOCUMENTS_SUBMITTED, problems)),
        submitted instanceof Date date ? date.toInstant() : null, caller);
    checkedAsTheSystem(facts).stream().map(p -> p.renamed(ApplicationStart::variableName)).forEach(problems::add);
    if (!problems.isEmpty()) {
      throw new ApplicationRefused(Status.BAD_REQUEST, problems);
    }
    return facts;
  }

  /**
   * The catalog's facts (the standards deployed, the documents of their decision tables) are the
   * same for every caller: they are read without the caller's engine authorizations, which a
   * worker starting in Tasklist lacks for decision definitions.
   */
  private List<IntakeProblem> checkedAsTheSystem(ApplicationFacts facts) {
    CommandContext command = Context.getCommandContext();
    boolean enabled = command != null && command.isAuthorizationCheckEnabled();
    if (enabled) {
      command.disableAuthorizationCheck();
    }
    try {
      return intake.problems(facts);
    } finally {
      if (enabled) {
        command.enableAuthorizationCheck();
      }
    }
  }

  /**
   * The id the start names (variable applicationId, else the business key), or null for a new one.
   * An id may name only the row the API inserted for this very start; the id of any other
   * application is refused (409), so a start can never take over an application and its due date.
   */
  private String applicationId(DelegateExecution execution) {
    Object variable = execution.getVariable(APPLICATION_ID);
    String businessKey = execution.getProcessBusinessKey();
    List<IntakeProblem> problems = new ArrayList<>();
    if (variable != null && !(variable instanceof String)) {
      problems.add(new IntakeProblem(APPLICATION_ID, "wrong-type", "must be text"));
    }
    String id = variable instanceof String s && !s.isBlank() ? s : null;
    if (id != null && businessKey != null && !businessKey.equals(id)) {
      problems.add(new IntakeProblem("businessKey", "conflict", "'" + abbreviate(businessKey)
          + "' differs from applicationId '" + abbreviate(id) + "'; give one of them"));
    }
    if (id == null) {
      id = businessKey;
    }
    if (id != null && !APPLICATION_ID_FORMAT.matcher(id).matches()) {
      problems.add(new IntakeProblem(variable instanceof String ? APPLICATION_ID : "businessKey", "format",
          "must be 1 to 64 printable characters without spaces"));
    }
    if (!problems.isEmpty()) {
      throw new ApplicationRefused(Status.BAD_REQUEST, problems);
    }
    if (id != null && records.exists(id) && !records.isPendingStart(id)) {
      throw new ApplicationRefused(Status.CONFLICT, List.of(new IntakeProblem(
          variable instanceof String ? APPLICATION_ID : "businessKey", "conflict",
          "'" + id + "' is the id of an existing application; start a new application without it")));
    }
    return id;
  }

  /** Applications started outside the API have no row yet; the API's has one, made for this start. */
  private void record(DelegateExecution execution, Standard standard, String id, ApplicationFacts facts,
      Caller caller) {
    if (records.attachOwnRow(id, execution.getProcessInstanceId())) {
      return;
    }
    Date submittedAt = (Date) execution.getVariable(SUBMITTED_AT);
    records.insert(new ApplicationRecord(id, standard.number(), standard.processKey(),
        facts.channel(), facts.caseType(), facts.applicant().iin(), facts.applicant().fullName(),
        ApplicationStatus.SUBMITTED, submittedAt.toInstant().atOffset(ZoneOffset.UTC), null, null, null,
        execution.getProcessInstanceId(), null, null, OffsetDateTime.now(ZoneOffset.UTC), caller.userId()));
    if (intake.isImport(facts)) {
      records.imported(id, caller.userId(), deadlines.now(), intake.window().importReason(facts));
    }
  }

  /**
   * The caller the engine knows. None is the system: the API (which checked its own caller before
   * it started the process), a delegate, a test.
   */
  private static Caller callerOf(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? Caller.SYSTEM
        : Caller.of(authentication.getUserId(), authentication.getGroupIds());
  }

  private static String text(DelegateExecution execution, String name, List<IntakeProblem> problems) {
    Object value = execution.getVariable(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    problems.add(new IntakeProblem(name, "wrong-type", "must be text (type String), not "
        + value.getClass().getSimpleName()));
    return null;
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }

  private static String variableName(String field) {
    int bracket = field.indexOf('[');
    String base = bracket < 0 ? field : field.substring(0, bracket);
    return VARIABLE_NAMES.getOrDefault(base, base);
  }

  private static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }

  /** e.g. S02-20260318-3F9A1C2B: the standard, the local day of submission, a random part. */
  public String newApplicationId(Standard standard, Date submittedAt) {
    LocalDate day = deadlines.localDay(submittedAt);
    // A regional deployment's ids start with its region's code: the router reads it (docs/scale.md).
    return regions.idPrefix() + standard.code().toUpperCase() + "-" + DAY.format(day) + "-"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }
}
