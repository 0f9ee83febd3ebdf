package kz.qyzmet.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.qyzmet.events.EventSignature;

/**
 * A real receiving HTTP server (the JDK's) for event deliveries: it records every attempt, answers
 * 204, or {@link #failWith} a status, or is {@link #stop stopped} so that connections are refused.
 */
final class EventReceiver implements AutoCloseable {

  record Attempt(String eventId, String signature, String body, int answered, Instant at) {

    JsonNode json() {
      return ApiClient.read(body);
    }
  }

  final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
  volatile int failWith;
  /** How long the receiver takes before it answers (a slow receiver). */
  volatile long delayMillis;
  private final int port;
  private HttpServer server;

  EventReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    port = server.getAddress().getPort();
    serve();
  }

  String url() {
    return "http://localhost:" + port + "/qyzmet-events";
  }

  /** Connections are refused from now on. */
  void stop() {
    server.stop(0);
  }

  /** Listens again on the same port. */
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    serve();
  }

  private void serve() {
    server.createContext("/qyzmet-events", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = failWith == 0 ? 204 : failWith;
      attempts.add(new Attempt(exchange.getRequestHeaders().getFirst("Qyzmet-Event-Id"),
          exchange.getRequestHeaders().getFirst(EventSignature.HEADER), body, status, Instant.now()));
      try {
        Thread.sleep(delayMillis);
        exchange.sendResponseHeaders(status, -1);
      } catch (InterruptedException | IOException callerGone) {
        // the sender gave up waiting
      }
      exchange.close();
    });
    server.start();
  }

  /** The attempts the receiver took (answered 2xx), in the order they came. */
  List<Attempt> taken() {
    synchronized (attempts) {
      return attempts.stream().filter(a -> a.answered() / 100 == 2).toList();
    }
  }

  List<Attempt> refused() {
    synchronized (attempts) {
      return attempts.stream().filter(a -> a.answered() / 100 != 2).toList();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
