package kz.qyzmet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.security.LoginThrottle.Limits;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A stranger guessing the portal's password is stopped at their own address; the portal, calling
 * from another address with the right password, goes on working. The stranger here calls from
 * 127.0.0.2, the portal from 127.0.0.1 (both loopback).
 */
@QyzmetIntegrationTest
class LoginThrottleTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void aStrangersWrongPasswordsNeverLockTheAccount_theirAddressIsRefusedWithRetryAfter() throws Exception {
    String user = "throttle.portal";
    var account = identityService.newUser(user);
    account.setPassword("right-password");
    identityService.saveUser(account);
    identityService.createMembership(user, Roles.INTEGRATION_CLIENTS);
    try {
      for (int i = 0; i < 10; i++) {
        assertThat(basic("127.0.0.2", user, "guess-" + i).statusCode()).as("guess %d", i).isEqualTo(401);
      }
      Answer refused = basic("127.0.0.2", user, "right-password");
      assertThat(refused.statusCode()).as("the guessing address waits, even with the right password").isEqualTo(429);
      assertThat(Long.parseLong(refused.headers().get("retry-after"))).isBetween(1L, 900L);
      assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
      assertThat(refused.body()).contains("Too many wrong passwords");

      // The portal itself, from its own address: unaffected, and so are the webapps for it.
      assertThat(basic("127.0.0.1", user, "right-password").statusCode()).isEqualTo(200);
      assertThat(identityService.checkPassword(user, "right-password")).as("the engine has not locked the user").isTrue();
      // A webapp login form from the guessing address is refused the same way.
      assertThat(webappLogin("127.0.0.2", user, "right-password").statusCode()).isEqualTo(429);
    } finally {
      identityService.deleteUser(user);
    }
  }

  @Test
  void theWindowPasses_andTheRightPasswordResetsTheCount() {
    MutableClock clock = new MutableClock();
    LoginThrottle throttle = new LoginThrottle(new Limits(3, 7, Duration.ofMinutes(15)), clock);
    throttle.failed("10.0.0.1", "a");
    throttle.failed("10.0.0.1", "a");
    throttle.succeeded("10.0.0.1", "a");
    throttle.failed("10.0.0.1", "a");
    assertThat(throttle.refusal("10.0.0.1", "a")).isEmpty();
    throttle.failed("10.0.0.1", "a");
    throttle.failed("10.0.0.1", "a");
    assertThat(throttle.refusal("10.0.0.1", "a")).hasValue(Duration.ofMinutes(15));
    assertThat(throttle.refusal("10.0.0.9", "a")).as("another address").isEmpty();
    assertThat(throttle.refusal("10.0.0.1", "b")).as("another user, under the address limit").isEmpty();
    throttle.failed("10.0.0.1", "c");
    throttle.failed("10.0.0.1", "d");
    throttle.failed("10.0.0.1", "e");
    assertThat(throttle.refusal("10.0.0.1", "b")).as("the address's own limit, all users together").isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(15));
    assertThat(throttle.refusal("10.0.0.1", "a")).isEmpty();
    assertThat(throttle.refusal("10.0.0.1", "b")).isEmpty();
  }

  /** A status line and headers, read from a raw socket bound to the caller's own loopback address. */
  record Answer(int statusCode, Map<String, String> headers, String body) {}

  private Answer basic(String address, String user, String password) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return call(address, "GET /api/v1/standards HTTP/1.1\r\nAuthorization: Basic " + token
        + "\r\nAccept: application/json\r\n", "");
  }

  private Answer webappLogin(String address, String user, String password) throws Exception {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return call(address, "POST /camunda/api/admin/auth/user/default/login/tasklist HTTP/1.1\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\n", form);
  }

  /** Java's HTTP client cannot choose its source address; a socket can (127.0.0.2 is as loopback as 127.0.0.1). */
  private Answer call(String address, String head, String body) throws Exception {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      socket.getOutputStream().write((head + "Host: localhost\r\nConnection: close\r\nContent-Length: "
          + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(content);
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String[] parts = answer.split("\r\n\r\n", 2);
      String[] lines = parts[0].split("\r\n");
      Map<String, String> headers = new HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
      }
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, parts.length > 1 ? parts[1] : "");
    }
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-03-18T05:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
