package kz.qyzmet.process;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A task completion refused because the choice is not one the law allows for this application
 * (e.g. a document request in a standard that has none). Thrown in the completing command, so the
 * task stays open and nothing is written; the webapps and the REST API answer 400 with this message,
 * which Tasklist shows to the worker as it is (see {@code ApplicationRefused} for why a REST exception).
 */
public class DecisionRefused extends InvalidRequestException {

  public static final String REFUSED = "Шешім қабылданбады / Решение не принято";

  public DecisionRefused(String reasonKk, String reasonRu) {
    super(Status.BAD_REQUEST, REFUSED + ": " + reasonKk + " / " + reasonRu);
  }
}
