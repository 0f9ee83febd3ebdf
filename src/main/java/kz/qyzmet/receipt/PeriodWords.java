package kz.qyzmet.receipt;

import kz.qyzmet.catalog.StatutoryPeriod;
import kz.qyzmet.catalog.TermUnit;

/**
 * A statutory period in words, in the grammatical form the receipt's sentence needs: Kazakh
 * {@code 10 жұмыс күні} (and its ablative {@code 30 жұмыс күнінен}, dative {@code 5 жұмыс күніне}),
 * Russian {@code 10 рабочих дней} (counted: 1 рабочий день, 2 рабочих дня; genitive after
 * "не более", "в течение": 1 рабочего дня, 30 рабочих дней).
 */
final class PeriodWords {

  enum Form {
    /** Kazakh nominative; Russian counted (accusative) form. */
    PLAIN,
    /** Kazakh ablative ("…нен аспайтын"); Russian genitive ("не более …"). */
    FROM,
    /** Kazakh dative ("…ге ұзартылады"); Russian counted form ("продлевается на …"). */
    TO,
    /** Kazakh nominative with "ішінде"; Russian genitive ("в течение …"). */
    WITHIN
  }

  private PeriodWords() {}

  static String of(StatutoryPeriod period, ReceiptLanguage language, Form form) {
    if (period == null || period.unit() == null) {
      return "";
    }
    if (period.unit() == TermUnit.SAME_DAY) {
      return language.pick("өтініш берілген күні", "в день обращения");
    }
    if (period.unit() == TermUnit.SCHEDULE) {
      return language.pick("кесте бойынша", "по графику");
    }
    int n = period.value() == null ? 0 : period.value();
    return n + " " + (language == ReceiptLanguage.KK ? kk(period.unit(), form) : ru(period.unit(), n, form));
  }

  private static String kk(TermUnit unit, Form form) {
    return switch (unit) {
      case WORKING_DAYS -> switch (form) {
        case FROM -> "жұмыс күнінен";
        case TO -> "жұмыс күніне";
        default -> "жұмыс күні";
      };
      case CALENDAR_DAYS -> switch (form) {
        case FROM -> "күнтізбелік күннен";
        case TO -> "күнтізбелік күнге";
        default -> "күнтізбелік күн";
      };
      case MONTHS -> switch (form) {
        case FROM -> "айдан";
        case TO -> "айға";
        default -> "ай";
      };
      case HOURS -> switch (form) {
        case FROM -> "сағаттан";
        case TO -> "сағатқа";
        default -> "сағат";
      };
      case MINUTES -> switch (form) {
        case FROM -> "минуттан";
        case TO -> "минутқа";
        default -> "минут";
      };
      default -> "";
    };
  }

  private static String ru(TermUnit unit, int n, Form form) {
    boolean genitive = form == Form.FROM || form == Form.WITHIN;
    String[] words = switch (unit) {
      // one, few, many; genitive singular
      case WORKING_DAYS -> new String[] {"рабочий день", "рабочих дня", "рабочих дней", "рабочего дня"};
      case CALENDAR_DAYS -> new String[] {"календарный день", "календарных дня", "календарных дней",
          "календарного дня"};
      case MONTHS -> new String[] {"месяц", "месяца", "месяцев", "месяца"};
      case HOURS -> new String[] {"час", "часа", "часов", "часа"};
      case MINUTES -> new String[] {"минуту", "минуты", "минут", "минуты"};
      default -> new String[] {"", "", "", ""};
    };
    int lastTwo = n % 100;
    int last = n % 10;
    boolean one = last == 1 && lastTwo != 11;
    if (genitive) {
      return one ? words[3] : words[2];
    }
    if (one) {
      return words[0];
    }
    return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? words[1] : words[2];
  }
}
