package kz.qyzmet.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link PersonName}. */
public class PersonNameValidator implements ConstraintValidator<PersonName, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    boolean letter = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (isLetter(c)) {
        letter = true;
      } else if (!isMark(c)) {
        return Violation.add(context, null, "format", context.getDefaultConstraintMessageTemplate());
      }
    }
    return letter || Violation.add(context, null, "format", context.getDefaultConstraintMessageTemplate());
  }

  /** A letter of the Cyrillic (Kazakh ә ғ қ ң ө ұ ү һ і included) or Latin script. */
  private static boolean isLetter(int c) {
    if (!Character.isLetter(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.LATIN;
  }

  /** Space, hyphen, dot and the apostrophes ' ’ ʼ. */
  private static boolean isMark(int c) {
    return c == ' ' || c == '-' || c == '.' || c == '\'' || c == '\u2019' || c == '\u02BC';
  }
}
