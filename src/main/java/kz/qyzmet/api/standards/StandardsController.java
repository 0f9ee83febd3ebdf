package kz.qyzmet.api.standards;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.api.ApiRights;
import kz.qyzmet.api.ApiRights.Right;
import kz.qyzmet.api.Violations;
import kz.qyzmet.api.applications.WordingView;
import kz.qyzmet.catalog.CaseType;
import kz.qyzmet.catalog.Channel;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.catalog.Term;
import kz.qyzmet.catalog.Wording;
import kz.qyzmet.process.RequiredDocument;
import kz.qyzmet.process.RequiredDocuments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The standards served (catalogued and deployed), their channels and terms, their required documents. */
@RestController
@RequestMapping(path = "/api/v1/standards", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Standards", description = "The public-service standards served: channels, case types, service terms "
    + "and required documents. Every role may read.")
public class StandardsController {

  private final DeployedStandards standards;
  private final StandardChecks checks;
  private final RequiredDocuments requiredDocuments;
  private final ApiRights rights;

  public StandardsController(DeployedStandards standards, StandardChecks checks, RequiredDocuments requiredDocuments,
      ApiRights rights) {
    this.standards = standards;
    this.checks = checks;
    this.requiredDocuments = requiredDocuments;
    this.rights = rights;
  }

  /**
   * @param nameRu the title in Russian (Qyzmet's translation; the decree's official Russian text prevails)
   * @param channels the ids of the channels ({@code ztmo}, {@code psc}, {@code portal},
   *     {@code provider}, {@code akim})
   * @param deadlines the service terms, one per channel (and case type, where the decree gives one)
   * @param names only for one standard: the names of its channels, case types, flags and refusal grounds
   * @param wording the wording shown: the one in force today, or on the day {@code on} names
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StandardView(int number, String code, String processKey, String nameKk, String nameRu, String nameEn,
      List<String> channels, List<String> caseTypes, List<DeadlineView> deadlines, NamesView names,
      WordingView wording) {

    static StandardView of(Wording w) {
      Standard s = w.standard();
      List<DeadlineView> deadlines = new ArrayList<>();
      for (Term term : s.terms(Term.SERVICE)) {
        for (String channel : term.channels()) {
          deadlines.add(new DeadlineView(channel, term.caseType(), term.value(), term.unit().code()));
        }
      }
      return new StandardView(s.number(), s.code(), s.processKey(), s.nameKk(), s.nameRu(), s.nameEn(),
          s.channels().stream().map(Channel::id).toList(), s.caseTypes().stream().map(CaseType::code).toList(),
          List.copyOf(deadlines), null, WordingView.of(w));
    }

    static StandardView withNames(Wording w) {
      StandardView v = of(w);
      return new StandardView(v.number(), v.code(), v.processKey(), v.nameKk(), v.nameRu(), v.nameEn(), v.channels(),
          v.caseTypes(), v.deadlines(), NamesView.of(w.standard()), v.wording());
    }
  }

  /** A name in Kazakh (the decree's words), Russian (Qyzmet's translation) and English. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NameView(String nameKk, String nameRu, String nameEn) {}

  /**
   * The names of a standard's elements by code, in the file's order.
   *
   * @param flags a flag's {@code nameKk} is absent where the decree has no wording of its own for it
   * @param refusalGrounds with their {@code stage} ({@code intake} or {@code decision})
   */
  public record NamesView(Map<String, NameView> channels, Map<String, NameView> caseTypes,
      Map<String, NameView> flags, Map<String, RefusalGroundView> refusalGrounds) {

    static NamesView of(Standard s) {
      Map<String, NameView> channels = new LinkedHashMap<>();
      s.channels().forEach(c -> channels.put(c.id(), new NameView(c.nameKk(), c.nameRu(), c.nameEn())));
      Map<String, NameView> caseTypes = new LinkedHashMap<>();
      s.caseTypes().forEach(c -> caseTypes.put(c.code(), new NameView(c.nameKk(), c.nameRu(), c.nameEn())));
      Map<String, NameView> flags = new LinkedHashMap<>();
      s.flags().forEach(f -> flags.put(f.code(), new NameView(f.nameKk(), f.nameRu(), f.nameEn())));
      Map<String, RefusalGroundView> grounds = new LinkedHashMap<>();
      s.refusalGrounds().forEach(g -> grounds.put(g.code(),
          new RefusalGroundView(g.nameKk(), g.nameRu(), g.nameEn(), g.stage(), g.paragraph())));
      return new NamesView(channels, caseTypes, flags, grounds);
    }
  }

  public record RefusalGroundView(String nameKk, String nameRu, String nameEn, String stage, String paragraph) {}

  /**
   * @param caseType present only when the term is for one case type
   * @param value absent for {@code same_day}
   * @param unit {@code working_days}, {@code calendar_days}, {@code months}, {@code hours},
   *     {@code minutes} or {@code same_day}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DeadlineView(String channel, String caseType, Integer value, String unit) {}

  /** @param alternativeGroup documents of one group stand for each other (missing ones are named "a|b") */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RequiredDocumentView(String code, String nameKk, String nameRu, String nameEn, String originalOrCopy,
      String condition, String paragraph, String alternativeGroup) {

    static RequiredDocumentView of(RequiredDocument d) {
      return new RequiredDocumentView(d.code(), d.nameKk(), d.nameRu(), d.nameEn(), d.originalOrCopy(), d.condition(),
          d.paragraph(), d.alternativeGroup() == null || d.alternativeGroup().isBlank() ? null : d.alternativeGroup());
    }
  }

  private static final String ON = "A day (YYYY-MM-DD, in Kazakhstan): the standard as worded on that day "
      + "(docs/amendments.md); today's wording when absent. Each standard names its wording.";

  @GetMapping
  @Operation(operationId = "listStandards", summary = "The standards served",
      description = "Standards that are in the catalog and whose process is deployed, by number, in the wording in "
      + "force today (or on the day on names); with q, only "
      + "those whose name or case types' names (Kazakh, Russian or English) contain every word of q, "
      + "case-insensitive, Russian endings ignored (пенсия finds пенсионных).")
  @ApiResponse(responseCode = "200", description = "The standards (an empty list when none matches q)")
  @ApiResponse(responseCode = "400", description = "q is blank, longer than 100 characters or not words; on is not "
      + "a day")
  @ApiResponse(responseCode = "403", description = "The caller is in none of the groups that read")
  public List<StandardView> all(@RequestParam(name = "q", required = false)
      @Parameter(description = "Words to look for in the names, e.g. пенсия, зейнетақы, pension", example = "пенсия")
      String q,
      @RequestParam(name = "on", required = false) @Parameter(description = ON, example = "2026-03-23",
          schema = @Schema(type = "string", format = "date")) String on) {
    rights.require(Right.READ);
    StandardSearch search = q == null ? null : StandardSearch.parse("q", q);
    LocalDate day = StandardChecks.day("on", on);
    return standards.allOn(day).stream().filter(w -> search == null || search.matches(w.standard()))
        .map(StandardView::of).toList();
  }

  @GetMapping("/{number}")
  @Operation(operationId = "getStandard", summary = "One standard",
      description = "As in the list, with the names of its channels, case types, applicant flags and refusal "
      + "grounds in Kazakh, Russian and English, in the wording in force today (or on the day on names).")
  @ApiResponse(responseCode = "200", description = "The standard")
  @ApiResponse(responseCode = "400", description = "number is not a number; on is not a day")
  @ApiResponse(responseCode = "403", description = "The caller is in none of the groups that read")
  @ApiResponse(responseCode = "404", description = "No such standard is served")
  public StandardView one(@PathVariable("number") @Parameter(description = "1 to 30", example = "2",
      schema = @Schema(type = "integer")) String number,
      @RequestParam(name = "on", required = false) @Parameter(description = ON, example = "2026-03-23",
          schema = @Schema(type = "string", format = "date")) String on) {
    rights.require(Right.READ);
    LocalDate day = StandardChecks.day("on", on);
    return StandardView.withNames(checks.fromPath(number, day));
  }

  @GetMapping("/{number}/required-documents")
  @Operation(operationId = "getRequiredDocuments", summary = "The documents an applicant must present",
      description = "Evaluated by the standard's required-documents decision table for a channel, case type and "
      + "applicant flags, in the wording in force today (or on the day on names): without the documents its "
      + "amendments dropped, with those they added; a channel, case type or flag an amendment added is asked "
      + "the documents the amendment states for it.")
  @ApiResponse(responseCode = "200", description = "The documents, in the decree's order")
  @ApiResponse(responseCode = "400", description = "A channel, case type or flag the standard (in that wording) "
      + "does not have; on is not a day")
  @ApiResponse(responseCode = "403", description = "The caller is in none of the groups that read")
  @ApiResponse(responseCode = "404", description = "No such standard is served")
  public List<RequiredDocumentView> requiredDocuments(
      @PathVariable("number") @Parameter(description = "1 to 30", example = "2", schema = @Schema(type = "integer"))
      String number,
      @RequestParam(name = "channel", required = false) @Parameter(example = "psc", required = true) String channel,
      @RequestParam(name = "caseType", required = false) @Parameter(description = "One of the standard's case types, "
          + "where it has them (standard 2 has none)") String caseType,
      @RequestParam(name = "flag", required = false)
      @Parameter(description = "An applicant flag; repeat for several (e.g. representative)")
      List<String> flag,
      @RequestParam(name = "on", required = false) @Parameter(description = ON, example = "2026-03-23",
          schema = @Schema(type = "string", format = "date")) String on) {
    rights.require(Right.READ);
    LocalDate day = StandardChecks.day("on", on);
    Wording wording = checks.fromPath(number, day);
    Standard standard = wording.standard();
    Violations violations = new Violations();
    Channel found = checks.channel(violations, "channel", standard, channel);
    String type = checks.caseType(violations, "caseType", standard, found, caseType);
    List<String> flags = checks.flags(violations, "flag", standard, flag);
    violations.throwIfAny();
    return requiredDocuments.evaluate(wording, found.id(), type, flags, null).stream()
        .map(RequiredDocumentView::of).toList();
  }
}
