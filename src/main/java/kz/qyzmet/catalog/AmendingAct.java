package kz.qyzmet.catalog;

import java.time.LocalDate;

/**
 * The act that gives a standard a wording: Decree No. 217 itself, or a decree (order) amending it.
 *
 * @param number the act's number as published, e.g. {@code 217}
 * @param date the day the act was adopted (not the day it takes effect)
 * @param titleKk the act's title in Kazakh, as published
 * @param titleRu its title in Russian (the official Russian text prevails over Qyzmet's translation)
 */
public record AmendingAct(String number, LocalDate date, String titleKk, String titleRu) {

  /**
   * Government Decree No. 217 of 11.03.2014, whose standards are the catalog's files. It took effect
   * ten calendar days after its first official publication (its p. 3, seed lines 106-107); the seed
   * does not give the day of publication, so the wording is counted from the decree's own date: no
   * application Qyzmet holds is older, and nothing earlier can be answered by another wording.
   */
  public static final AmendingAct DECREE_217 = new AmendingAct("217", LocalDate.of(2014, 3, 11),
      "Халықты әлеуметтік қорғау саласындағы мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы",
      "Об утверждении стандартов государственных услуг в сфере социальной защиты населения");
}
