package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.APPLICATION_ID;
import static kz.qyzmet.process.ProcessVariables.STANDARD_NUMBER;
import static kz.qyzmet.process.ProcessVariables.SUBMITTED_AT;
import static kz.qyzmet.process.ProcessVariables.WORDING_EFFECTIVE_FROM;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.qyzmet.application.ApplicationRecords;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;
import org.springframework.stereotype.Component;

/**
 * The wording of its standard an application answers to: the one in force on the day it was
 * submitted (Asia/Almaty), recorded at the start on its row ({@code qz_application.wording_effective_from})
 * and in the spine's variable {@code wordingEffectiveFrom}. Every reader of terms, documents and
 * grounds at run time asks here, so an application keeps its rules whatever day it is processed.
 *
 * <p>The row comes first: it is what an administrator's migration moves (docs/amendments.md), and the
 * shared blocks, called with explicit variable mappings, do not receive the variable. Without a row
 * (a block started on its own in a test) the variable, then the day of {@code submittedAt} (the same
 * wording, unless migrated); with neither (a complaint's process) today's wording.
 */
@Component("applicationWording")
public class ApplicationWording {

  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private final StandardsCatalog catalog;
  private final ApplicationRecords records;

  public ApplicationWording(StandardsCatalog catalog, ApplicationRecords records) {
    this.catalog = catalog;
    this.records = records;
  }

  /** @param variables the instance's variables by name (an execution's, a task's, a map's) */
  public Wording of(Function<String, Object> variables) {
    int number = ((Number) variables.apply(STANDARD_NUMBER)).intValue();
    List<Wording> wordings = catalog.wordings(number);
    if (wordings.size() == 1) {
      return wordings.get(0); // never amended: nothing to look up (no query per task or due date)
    }
    Optional<LocalDate> recorded = variables.apply(APPLICATION_ID) instanceof String id
        ? records.wordingOf(id) : Optional.empty();
    if (recorded.isPresent()) {
      return catalog.wordingOn(number, recorded.get());
    }
    if (variables.apply(WORDING_EFFECTIVE_FROM) instanceof String from && !from.isBlank()) {
      return catalog.wordingOn(number, LocalDate.parse(from));
    }
    if (variables.apply(SUBMITTED_AT) instanceof Date submittedAt) {
      return catalog.wordingOn(number, dayOf(submittedAt));
    }
    return catalog.wordingToday(number);
  }

  /** The day in Kazakhstan of a moment: the day that decides the wording. */
  public static LocalDate dayOf(Date moment) {
    return moment.toInstant().atZone(ZONE).toLocalDate();
  }
}
