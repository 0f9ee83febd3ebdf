package kz.qyzmet.regions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import kz.qyzmet.system.CorrelationId;

/** Calls another region's deployment with the caller's own credentials. */
public class RegionClient {

  private final HttpClient http;
  private final RegionProperties regions;

  RegionClient(HttpClient http, RegionProperties regions) {
    this.http = http;
    this.regions = regions;
  }

  HttpClient http() {
    return http;
  }

  /** {@code GET path} on the region's deployment; fails (exceptionally) when it does not answer. */
  CompletableFuture<HttpResponse<String>> get(URI base, String path, String authorization) {
    return get(base, path, authorization, null);
  }

  /** The same, carrying the entry point's correlation id, so that one id is in both deployments' logs. */
  CompletableFuture<HttpResponse<String>> get(URI base, String path, String authorization, String correlationId) {
    String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
        : base.toString();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(regions.timeout())
        .header("Accept", "application/json")
        .header(RegionRouter.ROUTED_BY, regions.ownRegion().map(Region::code).orElse("national"))
        .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (correlationId != null) {
      request.header(CorrelationId.HEADER, correlationId);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** {@code POST path} with a JSON body on the region's deployment, as {@link #get} does it otherwise. */
  CompletableFuture<HttpResponse<String>> post(URI base, String path, String json, String authorization,
      String correlationId) {
    String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
        : base.toString();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(regions.timeout())
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header(RegionRouter.ROUTED_BY, regions.ownRegion().map(Region::code).orElse("national"))
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (correlationId != null) {
      request.header(CorrelationId.HEADER, correlationId);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String reason(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof IOException)
        && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
