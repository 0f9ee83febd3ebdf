package kz.qyzmet.process;

import static kz.qyzmet.process.ProcessVariables.STANDARD_NUMBER;
import static kz.qyzmet.process.ProcessVariables.SUBMITTED_AT;
import static kz.qyzmet.process.ProcessVariables.WORDING_EFFECTIVE_FROM;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;
import kz.qyzmet.catalog.StandardsCatalog;
import kz.qyzmet.catalog.Wording;

/**
 * The wording of its standard an application answers to: the one in force on the day it was
 * submitted (Asia/Almaty), recorded at the start in {@code wordingEffectiveFrom}. Every reader of
 * terms, documents and grounds at run time asks here, so an application keeps its rules whatever
 * day it is processed. An instance started before the variable existed answers to the wording in
 * force on its submission day, which is the same thing; one with neither (a complaint's process)
 * to today's.
 */
public final class ApplicationWording {

  private ApplicationWording() {}

  /** @param variables the instance's variables by name (an execution's, a task's, a map's) */
  public static Wording of(StandardsCatalog catalog, Function<String, Object> variables) {
    int number = ((Number) variables.apply(STANDARD_NUMBER)).intValue();
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
    return moment.toInstant().atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate();
  }
}
