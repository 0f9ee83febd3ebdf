package kz.qyzmet.casefile;

import static kz.qyzmet.process.ProcessVariables.APPLICANT_FLAGS;
import static kz.qyzmet.process.ProcessVariables.REQUESTED_DOCUMENTS;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.qyzmet.api.ApiException;
import kz.qyzmet.application.ApplicationRecord;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.process.ApplicationWording;
import kz.qyzmet.process.CodeList;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The electronic case file of an application: files attached under a document code of the
 * application's case, listed, and read back with their checksum checked.
 *
 * <p>Everything about a file is checked before anything is written (its document code, size, type
 * and content); then one transaction locks the application's row (so that two uploads at once
 * cannot both pass the application's limits) and writes the row and the bytes; the application's task
 * forms list it the next time they are opened ({@link CaseFileTexts}). A failed upload writes nothing.
 *
 * <p>A file is a copy of a document, not the act of handing it in: attaching a requested document
 * does not deliver it (docs/api.md, "Attachments").
 */
@Service
public class CaseFiles {

  static final int MAX_FILE_NAME = 255;

  private final JdbcTemplate jdbc;
  private final CaseFileStorage storage;
  private final ApplicationRecords records;
  private final StandardsCatalog catalog;
  private final RequiredDocuments requiredDocuments;
  private final HistoryService historyService;
  private final CaseFileLimits limits;
  private final TransactionTemplate transaction;

  public CaseFiles(JdbcTemplate jdbc, CaseFileStorage storage, ApplicationRecords records, StandardsCatalog catalog,
      RequiredDocuments requiredDocuments, HistoryService historyService, CaseFileLimits limits,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.storage = storage;
    this.records = records;
    this.catalog = catalog;
    this.requiredDocuments = requiredDocuments;
    this.historyService = historyService;
    this.limits = limits;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** A file as the client sent it: its name and declared type as given, and its bytes. */
  public record Upload(String fileName, String declaredType, byte[] content) {}

  /** A file with its bytes, checked against its SHA-256. */
  public record Content(CaseFile file, byte[] bytes) {}

  public CaseFile attach(ApplicationRecord application, String documentCode, Upload upload, String user) {
    refuseClosed(application);
    Map<String, RequiredDocument> offered = offered(application);
    if (documentCode == null || documentCode.isBlank()) {
      throw ApiException.badRequest("documentCode", "required", "documentCode is required: the code of the "
          + "document this file is, one of " + String.join(", ", offered.keySet()));
    }
    if (!offered.containsKey(documentCode)) {
      throw ApiException.badRequest("documentCode", "unknown", "'" + shorten(documentCode) + "' is not a document "
          + "of application " + application.id() + "; its case names " + (offered.isEmpty() ? "none"
          : String.join(", ", offered.keySet())));
    }
    if (upload == null) {
      throw ApiException.badRequest("file", "required", "file is required: the document's file as a part of the "
          + "multipart/form-data body");
    }
    byte[] bytes = upload.content();
    if (bytes.length == 0) {
      throw ApiException.badRequest("file", "empty", "The file is empty");
    }
    if (bytes.length > limits.maxFileSize().toBytes()) {
      throw tooLarge("file", "A file may have at most " + limits.maxFileSize().toBytes() + " bytes; this one has "
          + bytes.length);
    }
    String fileName = fileName(upload.fileName());
    CaseFileType type = type(upload.declaredType(), fileName);
    if (!type.matches(bytes)) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "content-mismatch", "The file's content is "
          + "not " + type.mediaType() + " as declared (its first bytes say otherwise)");
    }
    String sha256 = sha256(bytes);
    return transaction.execute(status -> {
      records.lock(application.id());
      ApplicationRecord now = records.find(application.id()).orElseThrow();
      refuseClosed(now);
      long[] usage = jdbc.queryForObject("select count(*), coalesce(sum(size_bytes), 0) from qz_case_file "
          + "where application_id = ?", (row, i) -> new long[] {row.getLong(1), row.getLong(2)}, now.id());
      if (usage[0] + 1 > limits.maxFilesPerApplication()) {
        throw tooLarge("file", "Application " + now.id() + " has " + usage[0] + " files, the most its case file holds");
      }
      if (usage[1] + bytes.length > limits.maxApplicationSize().toBytes()) {
        throw tooLarge("file", "The case file of application " + now.id() + " may hold at most "
            + limits.maxApplicationSize().toBytes() + " bytes; it holds " + usage[1] + " and this file has "
            + bytes.length);
      }
      String id = UUID.randomUUID().toString();
      String key = "case-files/" + now.id() + "/" + id;
      OffsetDateTime at = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
      CaseFile file = new CaseFile(id, now.id(), documentCode, fileName, type.mediaType(), bytes.length, sha256, key,
          user, at);
      jdbc.update("insert into qz_case_file (id, application_id, document_code, file_name, content_type, size_bytes, "
              + "sha256, storage_key, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", file.id(),
          file.applicationId(), file.documentCode(), file.fileName(), file.contentType(), file.size(), file.sha256(),
          file.storageKey(), file.uploadedBy(), Timestamp.from(at.toInstant()));
      storage.put(key, bytes);
      return file;
    });
  }

  public List<CaseFile> list(String applicationId) {
    return jdbc.query("select * from qz_case_file where application_id = ? order by seq", CaseFiles::file,
        applicationId);
  }

  /** A file by its id alone (the Tasklist door, which learns the application from it). */
  public java.util.Optional<CaseFile> find(String fileId) {
    if (fileId == null || fileId.length() > 36) {
      return java.util.Optional.empty();
    }
    return jdbc.query("select * from qz_case_file where id = ?", CaseFiles::file, fileId).stream().findFirst();
  }

  public Content read(String applicationId, String fileId) {
    List<CaseFile> found = fileId == null || fileId.length() > 36 ? List.of()
        : jdbc.query("select * from qz_case_file where application_id = ? and id = ?", CaseFiles::file, applicationId,
            fileId);
    if (found.isEmpty()) {
      throw ApiException.notFound("fileId", "Application " + applicationId + " has no file " + shorten(fileId));
    }
    CaseFile file = found.get(0);
    byte[] bytes = storage.get(file.storageKey()).orElseThrow(() -> new IllegalStateException(
        "The store has no bytes for case file " + file.id()));
    if (!sha256(bytes).equals(file.sha256())) {
      // Never hand out what is not what was attached.
      throw new IllegalStateException("Case file " + file.id() + " does not match its SHA-256");
    }
    return new Content(file, bytes);
  }

  /**
   * The documents a file may be attached as, by code: those the standard's table (as deployed with
   * the application's process) names for its channel, case type and flags, then those a review has
   * requested of it.
   */
  public Map<String, RequiredDocument> offered(ApplicationRecord application) {
    Map<String, RequiredDocument> offered = new LinkedHashMap<>();
    if (catalog.byNumber(application.standardNumber()).isEmpty()) {
      return offered;
    }
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(application.id()).list();
    String definition = spineDefinition(application, instances);
    List<String> flags = new ArrayList<>();
    List<String> requested = new ArrayList<>();
    if (!instances.isEmpty()) {
      for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
          .variableNameIn(APPLICANT_FLAGS, REQUESTED_DOCUMENTS).disableCustomObjectDeserialization().list()) {
        List<String> codes = CodeList.parse(variable.getValue() instanceof String s ? s : null);
        (APPLICANT_FLAGS.equals(variable.getName()) ? flags : requested).addAll(codes);
      }
    }
    List<Wording> wordings = catalog.wordings(application.standardNumber());
    Wording wording = wordings.size() == 1 ? wordings.get(0) // never amended: nothing to look up
        : catalog.wordingOn(application.standardNumber(), records.wordingOf(application.id())
            .orElseGet(() -> ApplicationWording.dayOf(java.util.Date.from(application.submittedAt().toInstant()))));
    for (RequiredDocument document : requiredDocuments.evaluate(wording, application.channel(),
        application.caseType() == null || application.caseType().isBlank() ? null : application.caseType(),
        flags.stream().distinct().toList(), definition)) {
      offered.putIfAbsent(document.code(), document);
    }
    Map<String, RequiredDocument> table = table(application.standardNumber(), definition);
    for (String code : requested) {
      if (table.containsKey(code)) {
        offered.putIfAbsent(code, table.get(code));
      }
    }
    return offered;
  }

  /**
   * Every document of the standard by code, its table's and its amendments' additions: the names of
   * the files' documents.
   */
  public Map<String, RequiredDocument> table(int standardNumber, String processDefinitionId) {
    return catalog.byNumber(standardNumber).isPresent()
        ? requiredDocuments.names(standardNumber, processDefinitionId) : new LinkedHashMap<>();
  }

  String spineDefinition(ApplicationRecord application) {
    return spineDefinition(application, historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(application.id()).list());
  }

  private static String spineDefinition(ApplicationRecord application, List<HistoricProcessInstance> instances) {
    return instances.stream().filter(p -> p.getSuperProcessInstanceId() == null
            && application.processKey().equals(p.getProcessDefinitionKey()))
        .map(HistoricProcessInstance::getProcessDefinitionId).findFirst().orElse(null);
  }

  private static void refuseClosed(ApplicationRecord application) {
    if (application.status().isFinal()) {
      throw ApiException.conflict("id", "Application " + application.id() + " is closed ("
          + application.status().name() + "): its case file takes no more files");
    }
  }

  /** The declared type, or for application/octet-stream (or none) the type the file name's extension names. */
  private static CaseFileType type(String declared, String fileName) {
    String bare = declared == null ? "" : declared.split(";", 2)[0].trim().toLowerCase();
    if (bare.isEmpty() || bare.equals("application/octet-stream")) {
      return CaseFileType.ofFileName(fileName).orElseThrow(() -> unsupported("The file's type is not declared and "
          + "its name '" + fileName + "' does not say it"));
    }
    return CaseFileType.ofMediaType(bare).orElseThrow(() -> unsupported("Files of type " + shorten(bare)
        + " are not taken"));
  }

  private static ApiException unsupported(String message) {
    return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "format", message + "; the case file takes "
        + String.join(", ", java.util.Arrays.stream(CaseFileType.values()).map(CaseFileType::mediaType).toList()));
  }

  static ApiException tooLarge(String field, String message) {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, field, "too-large", message);
  }

  /** The name as given, without a path a browser or a client put before it, control characters or quotes. */
  static String fileName(String given) {
    String name = given == null ? "" : given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      throw ApiException.badRequest("file", "required", "The file part has no file name (filename=\"...\")");
    }
    if (name.length() > MAX_FILE_NAME) {
      throw ApiException.badRequest("file", "too-long", "The file name may have at most " + MAX_FILE_NAME
          + " characters");
    }
    return name;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CaseFile file(ResultSet row, int index) throws SQLException {
    return new CaseFile(row.getString("id"), row.getString("application_id"), row.getString("document_code"),
        row.getString("file_name"), row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
        row.getString("storage_key"), row.getString("uploaded_by"),
        row.getTimestamp("uploaded_at").toInstant().atOffset(ZoneOffset.UTC));
  }

  static String shorten(String value) {
    return value == null ? "null" : value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
