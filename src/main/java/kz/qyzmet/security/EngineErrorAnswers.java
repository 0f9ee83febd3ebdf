package kz.qyzmet.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.qyzmet.intake.ApplicationRefused;
import kz.qyzmet.process.DocumentCodesChecked;
import kz.qyzmet.system.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The errors of the engine REST API and of the webapps' APIs as {@code application/problem+json},
 * without SQL, stack traces or class names: Camunda answers {@code {"type":"ProcessEngineException",
 * "message":"### Error querying database. Cause: org.h2…"}}. The engine's message is kept for a client
 * mistake (4xx) when it reads as words; anything that looks internal, and every 5xx, is replaced by a
 * plain sentence with the correlation id, and the original goes to the log under that id.
 *
 * <p>Two members stay for the webapps' own scripts: {@code message} (what Tasklist and Cockpit show)
 * and, for a missing authorization, {@code type: "AuthorizationException"} with the missing rights
 * (Cockpit and Tasklist test that value to explain the refusal); every other type is
 * {@code about:blank}. Only error answers are buffered; successful ones stream as before.
 */
public class EngineErrorAnswers extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswers.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INTERNAL = Pattern.compile(
      "###|\\bSQL|jdbc|[Ee]xception\\b|Exception:|\\bjava\\.|\\borg\\.[a-z]|\\bcom\\.[a-z]|\\bat [a-z]+\\.[a-z]|Cause:|\\bselect\\b.+\\bfrom\\b|\\bACT_[A-Z]{2}_",
      Pattern.CASE_INSENSITIVE);
  private static final String AUTHORIZATION = "AuthorizationException";
  private static final List<String> AUTHORIZATION_DETAILS = List.of("userId", "missingAuthorizations",
      "resourceName", "resourceId", "permissionName");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapture capture = new ErrorCapture(response);
    chain.doFilter(request, capture);
    if (!capture.captured()) {
      return;
    }
    byte[] original = capture.body();
    String contentType = capture.capturedContentType();
    if (contentType != null && contentType.startsWith("application/problem+json")) {
      response.setContentType(contentType);
      response.setContentLength(original.length);
      response.getOutputStream().write(original);
      return;
    }
    int status = capture.getStatus();
    String correlationId = CorrelationId.of(request);
    if (correlationId == null) {
      correlationId = UUID.randomUUID().toString();
    }
    String text = new String(original, StandardCharsets.UTF_8);
    JsonNode engineError = parse(text);
    String message = engineError == null ? null : engineError.path("message").asText(null);
    String type = engineError == null ? null : engineError.path("type").asText(null);
    if (status >= 500) {
      LOG.error("{} {} answered {} [correlationId={}]: {}", request.getMethod(), request.getRequestURI(), status,
          correlationId, text);
    } else {
      LOG.info("{} {} answered {} [correlationId={}]: {}", request.getMethod(), request.getRequestURI(), status,
          correlationId, text);
    }

    HttpStatus known = HttpStatus.resolve(status);
    ObjectNode problem = JSON.createObjectNode();
    boolean authorization = AUTHORIZATION.equals(type);
    problem.put("type", authorization ? AUTHORIZATION : "about:blank");
    problem.put("title", known == null ? "Error" : known.getReasonPhrase());
    problem.put("status", status);
    String detail = detail(status, message, correlationId);
    problem.put("detail", detail);
    problem.put("message", detail);
    problem.put("instance", request.getRequestURI());
    problem.put("correlationId", correlationId);
    if (engineError != null && engineError.has("code") && engineError.get("code").isNumber()) {
      problem.set("code", engineError.get("code"));
    }
    if (authorization) {
      AUTHORIZATION_DETAILS.stream().filter(engineError::has).forEach(name -> problem.set(name, engineError.get(name)));
    }
    byte[] body = JSON.writeValueAsBytes(problem);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static String detail(int status, String message, String correlationId) {
    // Workers read these sentences in Tasklist's notices (a failed login among them): Kazakh and Russian.
    if (status >= 500) {
      return "Сұрау біздің тараптағы ақаулықтан орындалмады / Запрос не выполнен из-за сбоя на нашей стороне"
          + " (HTTP " + status + "); журналдағы нөмірі / номер в журнале: " + correlationId;
    }
    if (message == null || message.isBlank() || INTERNAL.matcher(message).find()) {
      return "Сұрау қабылданбады / Запрос отклонён (HTTP " + status + "); журналдағы нөмірі / номер в журнале: "
          + correlationId;
    }
    // The engine puts "Cannot instantiate process definition <id>: " before a refused start's reasons
    // ("Cannot submit task form <id>: " before a refused task's); the worker reads the refusal itself.
    int refusal = Math.max(message.indexOf(ApplicationRefused.REFUSED), message.indexOf(DocumentCodesChecked.REFUSED));
    String words = refusal > 0 ? message.substring(refusal) : message;
    return words.length() > 500 ? words.substring(0, 500) + "…" : words;
  }

  private static JsonNode parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Passes a successful answer through; keeps an error answer's body. Whether an answer is an error
   * is decided when its body is first written (or at the end), by its status then: the type and
   * length set before that wait until it is known whose they are.
   */
  private static final class ErrorCapture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean decided;
    private boolean capturing;
    private String contentType;
    private Long contentLength;

    ErrorCapture(HttpServletResponse response) {
      super(response);
    }

    private boolean decide() {
      if (!decided) {
        decided = true;
        capturing = getStatus() >= 400;
        if (!capturing) {
          if (contentType != null) {
            super.setContentType(contentType);
          }
          if (contentLength != null) {
            super.setContentLengthLong(contentLength);
          }
        }
      }
      return capturing;
    }

    /** At the end: whether the answer was an error (an error without a body, e.g. a 405, gets one too). */
    boolean captured() {
      decide();
      if (writer != null) {
        writer.flush();
      }
      return capturing;
    }

    byte[] body() {
      return buffer.toByteArray();
    }

    String capturedContentType() {
      return contentType;
    }

    @Override
    public void setContentType(String type) {
      contentType = type;
      if (decided && !capturing) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int length) {
      setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
      contentLength = length;
      if (decided && !capturing) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!headerOfTheBody(name, value)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!headerOfTheBody(name, value)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if (!headerOfTheBody(name, Integer.toString(value))) {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public void addIntHeader(String name, int value) {
      if (!headerOfTheBody(name, Integer.toString(value))) {
        super.addIntHeader(name, value);
      }
    }

    private boolean headerOfTheBody(String name, String value) {
      if ("Content-Type".equalsIgnoreCase(name)) {
        setContentType(value);
        return true;
      }
      if ("Content-Length".equalsIgnoreCase(name)) {
        try {
          setContentLengthLong(Long.parseLong(value));
        } catch (NumberFormatException e) {
          return false;
        }
        return true;
      }
      return false;
    }

    @Override
    public void sendError(int sc, String msg) {
      setStatus(sc);
      decided = true;
      capturing = true;
    }

    @Override
    public void sendError(int sc) {
      sendError(sc, null);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!decide()) {
        return super.getOutputStream();
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}

          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!decide()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!decide()) {
        super.flushBuffer();
      }
    }
  }
}
