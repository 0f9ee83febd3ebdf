package kz.qyzmet.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.process.RequiredDocuments;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A standard's start form as worded today. The deployed start forms are the decree's own wording
 * ({@link StartForms}); from the first day of an amended wording, Tasklist (and an administrator over
 * {@code /engine-rest}) is served the form of that wording instead: its channels, case types and flags
 * by name, its documents, and a line naming the amending act. The engine answers the request first, so
 * who may read a start form is the engine's to decide; only its 200 answer is replaced. "Today" is by
 * the engine's clock, as the start's own check ({@code ApplicationStart}) decides the wording: an
 * amendment put into force ahead of its day changes the form on that day, on every node, without a
 * restart.
 *
 * <p>A filter rather than a new form deployment: a deployment takes effect when it is made, not on the
 * act's day, and a form bound to the process's own deployment would need the process redeployed.
 */
public class TodaysStartForms extends OncePerRequestFilter {

  private static final Pattern DEFINITION =
      Pattern.compile("/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/deployed-start-form$");
  private static final Logger LOG = LoggerFactory.getLogger(TodaysStartForms.class);

  private final StandardsCatalog catalog;
  private final RequiredDocuments requiredDocuments;
  private final RepositoryService repository;
  private final ObjectMapper json = new ObjectMapper();

  public TodaysStartForms(StandardsCatalog catalog, RequiredDocuments requiredDocuments, RepositoryService repository) {
    this.catalog = catalog;
    this.requiredDocuments = requiredDocuments;
    this.repository = repository;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !DEFINITION.matcher(request.getRequestURI()).find();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper deployed = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, deployed);
    Optional<byte[]> today = Optional.empty();
    if (deployed.getStatus() == HttpServletResponse.SC_OK) {
      try {
        today = todays(request.getRequestURI(), deployed.getContentAsByteArray());
      } catch (RuntimeException e) {
        // The deployed form is the decree's: better than no form; the worker's start is checked again anyway.
        LOG.error("Today's start form could not be written for {}; the deployed one is served", request.getRequestURI(), e);
      }
    }
    if (today.isEmpty()) {
      deployed.copyBodyToResponse();
      return;
    }
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(today.get().length);
    response.getOutputStream().write(today.get());
  }

  /** Today's form where the deployed one is a standard's start form and today's wording is an amended one. */
  private Optional<byte[]> todays(String uri, byte[] deployedForm) {
    String formId;
    try {
      JsonNode form = json.readTree(deployedForm);
      formId = form == null ? "" : form.path("id").asText();
    } catch (IOException notJson) {
      return Optional.empty(); // an embedded or generated form: not one of ours
    }
    if (!formId.startsWith(StartForms.ID_PREFIX)) {
      return Optional.empty();
    }
    Optional<Wording> wording = catalog.byCode(formId.substring(StartForms.ID_PREFIX.length()))
        .map(standard -> catalog.wordingToday(standard.number())).filter(w -> !w.original());
    if (wording.isEmpty()) {
      return Optional.empty();
    }
    Matcher definition = DEFINITION.matcher(uri);
    definition.find();
    ProcessDefinitionQuery query = repository.createProcessDefinitionQuery();
    ProcessDefinition process = definition.group(1) == null ? query.processDefinitionId(definition.group(3)).singleResult()
        : (definition.group(2) == null ? query.withoutTenantId() : query.tenantIdIn(definition.group(2)))
            .processDefinitionKey(definition.group(1)).latestVersion().singleResult();
    DmnModelInstance table = requiredDocuments.table(wording.get().number(), process == null ? null : process.getId());
    if (table == null) {
      return Optional.empty();
    }
    return Optional.of(StartForms.form(wording.get(), table).getBytes(StandardCharsets.UTF_8));
  }
}
