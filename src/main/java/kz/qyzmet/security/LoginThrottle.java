package kz.qyzmet.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock anyone out. The engine's own
 * protection locks the account itself after 10 wrong passwords from anywhere (so anyone who knows
 * the portal's user id could stop the portal); it is switched off (application.yaml) and replaced by
 * this: wrong passwords are counted per client address and user, and an address that reaches the
 * limit for a user, or the overall limit for all users, is refused (429 with Retry-After) for a
 * while. The right password from any other address keeps working. Counts are per node: a cluster of
 * N nodes allows N times as many guesses, still far too few to guess a password.
 */
@Component
public class LoginThrottle {

  /** Limits; {@code qyzmet.security.login-throttle.*}. */
  @ConfigurationProperties("qyzmet.security.login-throttle")
  public record Limits(int failuresPerUser, int failuresPerAddress, Duration window) {
    public Limits {
      failuresPerUser = failuresPerUser <= 0 ? 10 : failuresPerUser;
      failuresPerAddress = failuresPerAddress <= 0 ? 50 : failuresPerAddress;
      window = window == null ? Duration.ofMinutes(15) : window;
    }
  }

  private record Failures(int count, Instant since) {}

  private static final int MAX_ENTRIES = 100_000;

  private final Limits limits;
  private final Clock clock;
  private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

  @Autowired
  public LoginThrottle(Limits limits) {
    this(limits, Clock.systemUTC());
  }

  LoginThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** How long the address must wait before trying {@code user} again, if it must. */
  public Optional<Duration> refusal(String address, String user) {
    Optional<Duration> perAddress = waiting(address, limits.failuresPerAddress());
    return perAddress.isPresent() || user == null ? perAddress : waiting(address + "|" + user, limits.failuresPerUser());
  }

  public void failed(String address, String user) {
    if (failures.size() > MAX_ENTRIES) {
      forgetExpired();
    }
    count(address);
    if (user != null) {
      count(address + "|" + user);
    }
  }

  /** The right password: that address's count for that user starts again. */
  public void succeeded(String address, String user) {
    if (user != null) {
      failures.remove(address + "|" + user);
    }
  }

  private void count(String key) {
    Instant now = clock.instant();
    failures.merge(key, new Failures(1, now), (old, one) -> expired(old, now) ? one : new Failures(old.count() + 1, old.since()));
  }

  private Optional<Duration> waiting(String key, int limit) {
    Failures f = failures.get(key);
    Instant now = clock.instant();
    if (f == null || f.count() < limit || expired(f, now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, f.since().plus(limits.window())));
  }

  private boolean expired(Failures f, Instant now) {
    return !f.since().plus(limits.window()).isAfter(now);
  }

  private void forgetExpired() {
    Instant now = clock.instant();
    failures.values().removeIf(f -> expired(f, now));
  }
}
