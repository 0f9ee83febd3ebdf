package kz.qyzmet;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with the Camunda webapps: the login form's two requests (the page for the
 * CSRF cookie, then the POST with the token), then cookie-bound calls carrying the CSRF token, as
 * Tasklist and Cockpit make them. {@link #ENGINE} is the webapps' engine API, the door workers and
 * process owners use.
 */
public final class WebappSession {

  /** The webapps' engine API (the engine REST resources under the webapps' session login). */
  public static final String ENGINE = "/camunda/api/engine/engine/default";

  private final HttpClientForTests http;

  private WebappSession(HttpClientForTests http) {
    this.http = http;
  }

  /** Logs in to {@code app} (cockpit, tasklist, admin); fails unless 200. */
  public static WebappSession login(int port, String user, String password, String app) {
    WebappSession session = new WebappSession(new HttpClientForTests(port));
    HttpResponse<String> response = session.tryLogin(user, password, app);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(user + " could not log in to " + app + ": " + response.statusCode());
    }
    // The login starts a new HTTP session without a CSRF token; the webapp's next GET gives it one,
    // as the page the browser loads after logging in does.
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  /** A session that has not logged in (it has its CSRF cookie once it asked for a page). */
  public static WebappSession anonymous(int port) {
    return new WebappSession(new HttpClientForTests(port));
  }

  public HttpResponse<String> tryLogin(String user, String password, String app) {
    http.get("/camunda/app/" + app + "/default/", null, null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http.send(HttpRequest.newBuilder(
            URI.create(http.baseUrl() + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf())
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  public HttpResponse<String> post(String path, String json) {
    return send("POST", path, json);
  }

  public HttpResponse<String> put(String path, String json) {
    return send("PUT", path, json);
  }

  public HttpResponse<String> delete(String path) {
    return send("DELETE", path, null);
  }

  /** A call as the webapps make it: JSON, the session cookie and the CSRF token. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf());
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A GET as the browser makes it when the worker opens a link (a download): the bytes as they come. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return http.client().send(HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
          .header("X-XSRF-TOKEN", csrf()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("HTTP call failed: " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String csrf() {
    CookieManager cookies = (CookieManager) http.client().cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
  }
}
