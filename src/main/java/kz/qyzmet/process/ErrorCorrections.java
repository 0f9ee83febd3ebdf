package kz.qyzmet.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The rounds of error correction of one application, kept in the process variable
 * {@code errorCorrections} as text ("found/corrected;found/" with ISO instants; the last round has
 * no correction while it is pending), so that an administrator can read it in Cockpit and the
 * deadlines can be derived from it again at any time.
 *
 * <p>Standard 3, p. 4(1) and its siblings (1, 2, 4, 6, 10): when errors of the office are found "the
 * term is extended by 5 working days", and the service is then rendered within N working days
 * "from the day the errors are corrected".
 */
public record ErrorCorrections(List<Round> rounds) {

  /** One round: when the errors were found, and when they were corrected (null while pending). */
  public record Round(Date foundAt, Date correctedAt) {
    public boolean pending() {
      return correctedAt == null;
    }
  }

  public ErrorCorrections {
    rounds = List.copyOf(rounds);
  }

  public static ErrorCorrections parse(String text) {
    List<Round> rounds = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String round : text.split(";")) {
        if (round.isBlank()) {
          continue;
        }
        String[] parts = round.split("/", -1);
        Date found = Date.from(Instant.parse(parts[0].trim()));
        Date corrected = parts.length > 1 && !parts[1].isBlank() ? Date.from(Instant.parse(parts[1].trim())) : null;
        rounds.add(new Round(found, corrected));
      }
    }
    return new ErrorCorrections(rounds);
  }

  public boolean isEmpty() {
    return rounds.isEmpty();
  }

  public boolean pending() {
    return !rounds.isEmpty() && rounds.get(rounds.size() - 1).pending();
  }

  /** A new round of errors found at {@code at}; refused while a round is still pending. */
  public ErrorCorrections found(Date at) {
    if (pending()) {
      throw new IllegalStateException("The errors found earlier are not corrected yet");
    }
    List<Round> next = new ArrayList<>(rounds);
    next.add(new Round(at, null));
    return new ErrorCorrections(next);
  }

  /** The pending round corrected at {@code at}. */
  public ErrorCorrections corrected(Date at) {
    if (!pending()) {
      throw new IllegalStateException("No errors are awaiting correction");
    }
    List<Round> next = new ArrayList<>(rounds);
    Round last = next.remove(next.size() - 1);
    next.add(new Round(last.foundAt(), at));
    return new ErrorCorrections(next);
  }

  /** When the first round was found, or null. */
  public Date firstFoundAt() {
    return rounds.isEmpty() ? null : rounds.get(0).foundAt();
  }

  /** The latest moment recorded (the last correction, or the last finding while pending), or null. */
  public Date lastEventAt() {
    if (rounds.isEmpty()) {
      return null;
    }
    Round last = rounds.get(rounds.size() - 1);
    return last.pending() ? last.foundAt() : last.correctedAt();
  }

  public String format() {
    StringBuilder text = new StringBuilder();
    for (Round round : rounds) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(round.foundAt().toInstant()).append('/');
      if (round.correctedAt() != null) {
        text.append(round.correctedAt().toInstant());
      }
    }
    return text.toString();
  }
}
