package kz.qyzmet.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.stereotype.Component;

/**
 * The one check of an application's facts, at every door: the API and every process start
 * ({@code ApplicationStart}). Bean Validation with the constraints on {@link ApplicationFacts};
 * each violation becomes a problem naming its field, a reason and a message in words.
 */
@Component
public class ApplicationIntake {

  /** The order in which problems are named: the order of the request. */
  private static final List<String> ORDER = List.of("standard", "channel", "caseType", "applicant", "representative",
      "flags", "documents", "submittedAt");

  private final Validator validator;
  private final SubmissionWindow window;

  public ApplicationIntake(Validator validator, SubmissionWindow window) {
    this.validator = validator;
    this.window = window;
  }

  /** Everything wrong with the facts, in the order of the request; empty if nothing is. */
  public List<IntakeProblem> problems(ApplicationFacts facts) {
    return validator.validate(facts).stream().map(ApplicationIntake::problem)
        .sorted(Comparator.comparingInt((IntakeProblem p) -> rank(p.field())).thenComparing(p -> sortable(p.field())))
        .toList();
  }

  /** Whether the facts are an administrator's import of an application older than the backdating window. */
  public boolean isImport(ApplicationFacts facts) {
    return window.isImport(facts);
  }

  public SubmissionWindow window() {
    return window;
  }

  private static IntakeProblem problem(ConstraintViolation<ApplicationFacts> violation) {
    return new IntakeProblem(field(violation.getPropertyPath()), reason(violation), violation.getMessage());
  }

  /** {@code applicant.iin}, {@code documents[4]}: Bean Validation's path without its container nodes' names. */
  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.toString();
  }

  private static String reason(ConstraintViolation<ApplicationFacts> violation) {
    @SuppressWarnings("unchecked")
    HibernateConstraintViolation<ApplicationFacts> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    String reason = hibernate.getDynamicPayload(String.class);
    if (reason != null) {
      return reason;
    }
    Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
    if (type == NotNull.class || type == NotBlank.class || type == NotEmpty.class) {
      return "required";
    }
    return type == Size.class ? "too-long" : "format";
  }

  private static int rank(String field) {
    for (int i = 0; i < ORDER.size(); i++) {
      if (field.equals(ORDER.get(i)) || field.startsWith(ORDER.get(i) + ".") || field.startsWith(ORDER.get(i) + "[")) {
        return i;
      }
    }
    return ORDER.size();
  }

  /** documents[2] before documents[10]. */
  private static String sortable(String field) {
    return field.replaceAll("\\[(\\d+)]", "[0000$1]").replaceAll("\\[0*(\\d{5})]", "[$1]");
  }
}
