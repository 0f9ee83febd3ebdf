package kz.qyzmet.api.applications;

import static kz.qyzmet.process.ProcessVariables.*;
import static kz.qyzmet.intake.OfferedByStandardValidator.REPRESENTATIVE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.api.ApiTime;
import kz.qyzmet.api.FieldProblem;
import kz.qyzmet.intake.ApplicationFacts;
import kz.qyzmet.intake.ApplicationIntake;
import kz.qyzmet.intake.ApplicationRefused;
import kz.qyzmet.intake.Caller;
import kz.qyzmet.security.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import kz.qyzmet.api.standards.DeployedStandards;
import kz.qyzmet.api.standards.StandardChecks;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.application.ApplicationStatus;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.process.ApplicationStart;
import kz.qyzmet.process.ApplicationWording;
import kz.qyzmet.process.CodeList;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits an application: checks the request, records the application's row and starts the
 * standard's process in one transaction (the process registers the package and computes the
 * statutory due date before the start returns), and makes submissions with an {@code externalId}
 * idempotent.
 *
 * <p>Idempotency rests on the database: {@code (created_by, external_id)} is unique (a key belongs to
 * its caller: another caller's same externalId is another key) and the row is
 * inserted before the process starts, in the same transaction, so of two concurrent submissions with
 * one {@code externalId} (on one node or two) exactly one commits. The other fails on the unique key,
 * rolls back and finds the winner's row: with the same {@code request_hash} (SHA-256 of the canonical
 * request) it answers the winner's application as a replay; with another, 409.
 */
@Service
public class ApplicationSubmission {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationSubmission.class);

  static final int MAX_EXTERNAL_ID = 128;
  static final Pattern EXTERNAL_ID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_EXTERNAL_ID + "}");
  /** Concurrent retries on a database that refuses the second insert at once rather than waiting. */
  private static final int ATTEMPTS = 40;

  private final DeployedStandards standards;
  private final ApplicationIntake intake;
  private final ApplicationViews views;
  private final ApplicationRecords records;
  private final ApplicationStart applicationStart;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final TransactionTemplate transaction;
  private final ApiTime time;
  private final ObjectMapper canonical;

  public ApplicationSubmission(DeployedStandards standards, ApplicationIntake intake, ApplicationViews views, ApplicationRecords records, ApplicationStart applicationStart,
      RuntimeService runtimeService, HistoryService historyService,
      PlatformTransactionManager transactionManager, ApiTime time, ObjectMapper objectMapper) {
    this.standards = standards;
    this.intake = intake;
    this.views = views;
    this.records = records;
    this.applicationStart = applicationStart;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.transaction = new TransactionTemplate(transactionManager);
    this.time = time;
    this.canonical = objectMapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  }

  /** The application, and whether it is the replay of an earlier submission with the same externalId. */
  public record Outcome(SubmittedApplication application, boolean replay) {}

  /** A request that passed every check, normalised. */
  record Checked(Standard standard, String channel, String caseType, String iin, String fullName,
      String representativeIin, String representativeName, List<String> flags, List<String> documents,
      Date submittedAt, String externalId, ApplicationFacts facts) {}

  public Outcome submit(SubmitApplicationRequest request, String user) {
    Checked checked = check(request);
    String hash = hash(checked);
    if (checked.externalId() != null) {
      Optional<Outcome> replay = replay(user, checked.externalId(), hash);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return new Outcome(transaction.execute(status -> start(checked, hash, user)), false);
      } catch (ApplicationRefused e) {
        throw new ApiException(HttpStatus.valueOf(e.statusCode()), e.problems().stream()
            .map(p -> new FieldProblem(p.field(), p.reason(), p.message())).toList());
      } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
        if (checked.externalId() == null) {
          throw e;
        }
        Optional<Outcome> replay = replay(user, checked.externalId(), hash);
        if (replay.isPresent()) {
          LOG.debug("Submission with externalId {} lost the race to {} ({}); answered as a replay",
              checked.externalId(), replay.get().application().id(), e.getClass().getSimpleName());
          return replay.get();
        }
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        // The other submission has not committed yet (or rolled back): try again shortly.
        LOG.debug("Submission with externalId {} collided ({}), attempt {}", checked.externalId(),
            e.getClass().getSimpleName(), attempt);
        pause(attempt);
      }
    }
  }

  private SubmittedApplication start(Checked c, String hash, String user) {
    Standard standard = c.standard();
    Date submittedAt = c.submittedAt() != null ? c.submittedAt() : time.now();
    String id = applicationStart.newApplicationId(standard, submittedAt);
    records.insertBeforeStart(new ApplicationRecord(id, standard.number(), standard.processKey(), c.channel(),
        c.caseType().isEmpty() ? null : c.caseType(), c.iin(), c.fullName(), ApplicationStatus.SUBMITTED,
        submittedAt.toInstant().atOffset(ZoneOffset.UTC), null, null, null, null, c.externalId(), hash,
        time.now().toInstant().atOffset(ZoneOffset.UTC), user));
    if (intake.isImport(c.facts())) {
      records.imported(id, user, time.now(), intake.window().importReason(c.facts()));
    }

    Map<String, Object> variables = new HashMap<>();
    variables.put(APPLICATION_ID, id);
    variables.put(CHANNEL, c.channel());
    variables.put(CASE_TYPE, c.caseType());
    variables.put(APPLICANT_FLAGS, CodeList.format(c.flags()));
    variables.put(APPLICANT_IIN, c.iin());
    variables.put(APPLICANT_NAME, c.fullName());
    variables.put(DOCUMENTS_SUBMITTED, CodeList.format(c.documents()));
    variables.put(SUBMITTED_AT, submittedAt);
    if (c.representativeIin() != null) {
      variables.put("representativeIin", c.representativeIin());
      variables.put("representativeName", c.representativeName());
    }
    if (c.externalId() != null) {
      variables.put("externalId", c.externalId());
    }
    // The start listener (ApplicationStart) ties the row to the application's own instance.
    ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(standard.processKey())
        .businessKey(id).setVariables(variables).executeWithVariablesInReturn();
    ApplicationRecord row = records.find(id).orElseThrow();
    return view(row, CodeList.parse((String) instance.getVariables().get(MISSING_DOCUMENTS)));
  }

  private Optional<Outcome> replay(String user, String externalId, String hash) {
    return records.findByExternalId(user, externalId).map(row -> {
      if (!hash.equals(row.requestHash())) {
        throw ApiException.conflict("externalId", "externalId " + externalId + " was already used for another "
            + "request (application " + row.id() + "); send the same request to repeat it, or a new externalId");
      }
      return new Outcome(view(row, missingDocuments(row)), true);
    });
  }

  private List<String> missingDocuments(ApplicationRecord row) {
    String spine = views.spineOf(row);
    if (spine == null) {
      return List.of();
    }
    HistoricVariableInstance missing = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(spine).variableName(MISSING_DOCUMENTS).list().stream()
        .findFirst().orElse(null);
    return missing == null ? List.of() : CodeList.parse((String) missing.getValue());
  }

  SubmittedApplication view(ApplicationRecord row, List<String> missing) {
    return new SubmittedApplication(row.id(), row.standardNumber(), row.channel(),
        row.caseType() == null || row.caseType().isBlank() ? null : row.caseType(), row.status().name(),
        time.moment(row.submittedAt()), time.day(row.originalDueAt()), missing, row.externalId());
  }

  // ---- checks ----

  /**
   * The request's facts checked by the intake's one validator (as every process start is), its
   * submission time read and its externalId checked; a 400 naming every mistake.
   */
  Checked check(SubmitApplicationRequest r) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant submittedAt = submittedAt(problems, r.submittedAt());
    ApplicationFacts facts = new ApplicationFacts(r.standard(), r.channel(), r.caseType(), person(r.applicant()),
        person(r.representative()), r.flags() == null ? List.of() : r.flags(), r.documents(), submittedAt, caller());
    List<FieldProblem> found = new ArrayList<>(intake.problems(facts).stream()
        .map(p -> new FieldProblem(p.field(), p.reason(), p.message())).toList());
    found.addAll(problems);
    String externalId = r.externalId();
    if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
      found.add(new FieldProblem("externalId", "format", "externalId must be 1 to " + MAX_EXTERNAL_ID
          + " printable ASCII characters without spaces"));
    }
    if (!found.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, found);
    }
    // The wording in force on the submission day (as the intake check read it).
    Standard standard = standards.wordingOn(r.standard(), submittedAt == null ? StandardsCatalog.today()
        : ApplicationWording.dayOf(Date.from(submittedAt))).orElseThrow().standard();
    List<String> flags = new ArrayList<>(facts.flags().stream().distinct().toList());
    if (r.representative() != null && standard.hasFlag(REPRESENTATIVE) && !flags.contains(REPRESENTATIVE)) {
      flags.add(REPRESENTATIVE);
    }
    return new Checked(standard, r.channel(), r.caseType() == null || r.caseType().isBlank() ? "" : r.caseType(),
        facts.applicant().iin(), facts.applicant().fullName(),
        facts.representative() == null ? null : facts.representative().iin(),
        facts.representative() == null ? null : facts.representative().fullName(),
        List.copyOf(new TreeSet<>(flags)), facts.documents().stream().distinct().sorted().toList(),
        submittedAt == null ? null : Date.from(submittedAt), externalId, facts);
  }

  private static ApplicationFacts.Person person(SubmitApplicationRequest.Person person) {
    return person == null ? null
        : new ApplicationFacts.Person(person.iin(), person.fullName() == null ? null : person.fullName().strip());
  }

  /** The API's caller, from Spring Security: an administrator may import older applications. */
  private static Caller caller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Caller.SYSTEM;
    }
    return Caller.of(authentication.getName(), authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(Roles.AUTHORITY_PREFIX))
        .map(a -> a.substring(Roles.AUTHORITY_PREFIX.length()))
        .toList());
  }

  /** The stated time read as ISO-8601, with an offset or in the service's zone; its bounds are the intake's. */
  private Instant submittedAt(List<FieldProblem> problems, String text) {
    if (text == null) {
      return null;
    }
    if (text.length() > 64) {
      problems.add(new FieldProblem("submittedAt", "too-long", "submittedAt is longer than 64 characters ("
          + text.length() + ")"));
      return null;
    }
    Instant at = time.instant(text).orElse(null);
    if (at == null) {
      problems.add(new FieldProblem("submittedAt", "format", "submittedAt must be an ISO-8601 date-time such as "
          + "2026-03-18T10:00:00+05:00, not '" + StandardChecks.abbreviate(text) + "'"));
    }
    return at;
  }

  // ---- idempotency ----

  /** SHA-256 of the request as checked: key order fixed, lists sorted, names trimmed, instants in UTC. */
  String hash(Checked c) {
    Map<String, Object> canonicalRequest = new LinkedHashMap<>();
    canonicalRequest.put("standard", c.standard().number());
    canonicalRequest.put("channel", c.channel());
    canonicalRequest.put("caseType", c.caseType());
    canonicalRequest.put("applicant", Map.of("iin", c.iin(), "fullName", c.fullName()));
    canonicalRequest.put("representative", c.representativeIin() == null ? "" : Map.of("iin", c.representativeIin(),
        "fullName", c.representativeName()));
    canonicalRequest.put("flags", c.flags());
    canonicalRequest.put("documents", c.documents());
    canonicalRequest.put("submittedAt", c.submittedAt() == null ? "" : c.submittedAt().toInstant().toString());
    canonicalRequest.put("externalId", c.externalId() == null ? "" : c.externalId());
    try {
      byte[] json = canonical.writeValueAsBytes(canonicalRequest);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash a request", e);
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(25L * attempt, 250L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a submission", e);
    }
  }
}
