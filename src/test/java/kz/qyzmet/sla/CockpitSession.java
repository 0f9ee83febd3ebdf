package kz.qyzmet.sla;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.qyzmet.HttpClientForTests;

/** A browser's session with the Camunda webapps: the login form's two requests, then cookie-bound calls. */
final class CockpitSession {

  private final HttpClientForTests http;

  private CockpitSession(HttpClientForTests http) {
    this.http = http;
  }

  /** Logs in to {@code app} (cockpit, tasklist) as the webapps' login form does; fails unless 200. */
  static CockpitSession login(int port, String user, String password, String app) {
    HttpClientForTests http = new HttpClientForTests(port);
    http.get("/camunda/app/" + app + "/default/", null, null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create(http.baseUrl() + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf(http))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(user + " could not log in to " + app + ": " + response.statusCode());
    }
    return new CockpitSession(http);
  }

  static CockpitSession anonymous(int port) {
    return new CockpitSession(new HttpClientForTests(port));
  }

  HttpResponse<String> get(String path) {
    return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf(http))
        .GET().build());
  }

  private static String csrf(HttpClientForTests http) {
    CookieManager cookies = (CookieManager) http.client().cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
  }
}
