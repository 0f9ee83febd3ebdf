package kz.qyzmet.intake;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A process start refused by {@code ApplicationStart}: the facts are wrong, or the application id
 * belongs to another application. Thrown inside the start command, so nothing of the start stays.
 *
 * <p>It is a REST exception on purpose: the engine REST API's start and submit-form resources
 * answer every {@code ProcessEngineException} (a {@code BadUserRequestException} too) with 500, but
 * pass a {@code RestException}'s own status on (400 or 409) with its message, in {@code /engine-rest}
 * and in the webapps' engine API alike. The engine does not wrap a listener's runtime exception, so
 * Java callers catch this type.
 */
public class ApplicationRefused extends InvalidRequestException {

  public static final String REFUSED = "Өтініш қабылданбады / Заявление не принято";

  private final List<IntakeProblem> problems;

  public ApplicationRefused(Status status, List<IntakeProblem> problems) {
    // Tasklist shows this message to the operator as it is: each reason in Kazakh and Russian words.
    // The English of each problem (its field and predicate) stays in problems() for the API's answer.
    super(status, REFUSED + ": " + String.join("; ", problems.stream().map(IntakeProblem::words).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<IntakeProblem> problems() {
    return problems;
  }

  public int statusCode() {
    return getStatus().getStatusCode();
  }
}
