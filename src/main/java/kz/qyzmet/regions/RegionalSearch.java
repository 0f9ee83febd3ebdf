package kz.qyzmet.regions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kz.qyzmet.api.applications.ApplicationPage;
import kz.qyzmet.api.applications.ApplicationSearch;
import kz.qyzmet.api.applications.ApplicationSearch.Paging;
import kz.qyzmet.api.applications.ApplicationSummary;
import kz.qyzmet.regions.MergedPage.RegionMatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/v1/applications} where regions are set up (docs/scale.md, "Finding applications
 * across regions"): the parameters checked here first (a fault is this deployment's 400, nothing is
 * sent on), then every region asked at once, this one locally and the others over HTTP with the
 * caller's own credentials (each checks them again and masks the applicant by its own rights), for
 * its first (page + 1) × size matches, a page of at most 100 at a time; the answers merged into the
 * page asked for. A region that does not answer, or answers other than 200, is named in
 * {@code regionsUnanswered}; the page is made of the others. {@code region=75} asks that region alone.
 * A search a router sent here, or on a deployment without regions, is this deployment's own.
 */
@Service
public class RegionalSearch {

  /** What each region is asked for itself; page, size and region are the fan-out's own. */
  private static final Set<String> NOT_SENT_ON = Set.of(ApplicationSearch.PAGE, ApplicationSearch.SIZE,
      ApplicationSearch.REGION);
  private static final Logger LOG = LoggerFactory.getLogger(RegionalSearch.class);

  private final RegionProperties regions;
  private final RegionClient client;
  private final ApplicationSearch search;
  private final ObjectReader pages;

  public RegionalSearch(RegionProperties regions, RegionClient client, ApplicationSearch search, ObjectMapper json) {
    this.regions = regions;
    this.client = client;
    this.search = search;
    this.pages = pages(json);
  }

  /** A region's page as it wrote it: its moments keep their offset (+05:00), as this deployment writes its own. */
  static ObjectReader pages(ObjectMapper json) {
    return json.readerFor(ApplicationPage.class).without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  /**
   * @param authorization the caller's credentials, sent on to the other regions as they came
   * @param correlationId the request's, sent on so that one id is in every region's log
   * @param routedHere whether a router sent the search here: then it is this deployment's own
   */
  public ApplicationPage find(String user, Map<String, String[]> parameters, String authorization,
      String correlationId, boolean routedHere) {
    if (!regions.routing() || routedHere) {
      return search.search(user, parameters);
    }
    Paging paging = search.check(user, parameters);
    Map<String, URI> asked = new LinkedHashMap<>();
    boolean here;
    if (paging.region() != null) {
      here = regions.elsewhere(paging.region()).isEmpty();
      if (here) {
        return search.search(user, parameters);
      }
      asked.put(paging.region().code(), regions.elsewhere(paging.region()).orElseThrow());
    } else {
      here = true;
      asked.putAll(regions.deployments());
    }
    String query = query(parameters);
    Map<String, CompletableFuture<RegionMatches>> answers = new LinkedHashMap<>();
    asked.forEach((code, base) -> answers.put(code, first(code, base, query, authorization, correlationId,
        paging.rows())));
    List<RegionMatches> answered = new ArrayList<>();
    if (here) {
      ApplicationPage own = search.first(user, parameters, paging.rows());
      answered.add(new RegionMatches(regions.ownRegion().map(Region::code).orElse("national"), own.items(),
          own.hasNext()));
    }
    List<String> unanswered = new ArrayList<>();
    answers.forEach((code, answer) -> {
      try {
        answered.add(answer.join());
      } catch (RuntimeException failure) {
        LOG.warn("Region {} did not answer a search: {}", code, RegionClient.reason(failure));
        unanswered.add(code);
      }
    });
    return MergedPage.merge(paging.page(), paging.size(), paging.sort(), answered, unanswered);
  }

  /**
   * A region's first {@code rows} matches: its pages of at most 100 asked one after another until
   * they are there or it has no more.
   */
  private CompletableFuture<RegionMatches> first(String code, URI base, String query, String authorization,
      String correlationId, int rows) {
    return page(new Asked(code, base, query, authorization, correlationId, rows), 0, new ArrayList<>());
  }

  /** What a region is asked, page after page. */
  private record Asked(String code, URI base, String query, String authorization, String correlationId, int rows) {}

  private CompletableFuture<RegionMatches> page(Asked asked, int page, List<ApplicationSummary> found) {
    int rows = asked.rows();
    int size = Math.min(rows, ApplicationSearch.MAX_SIZE);
    CompletableFuture<HttpResponse<String>> answer;
    try {
      answer = client.get(asked.base(), "/api/v1/applications?" + asked.query() + ApplicationSearch.PAGE + "=" + page
          + "&" + ApplicationSearch.SIZE + "=" + size, asked.authorization(), asked.correlationId());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return answer.thenCompose(response -> {
      if (response.statusCode() != 200) {
        throw new CompletionException(new IOException("answered " + response.statusCode()));
      }
      ApplicationPage regionPage;
      try {
        regionPage = pages.readValue(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      found.addAll(regionPage.items());
      if (regionPage.hasNext() && found.size() < rows) {
        return page(asked, page + 1, found);
      }
      return CompletableFuture.completedFuture(new RegionMatches(asked.code(),
          List.copyOf(found.subList(0, Math.min(rows, found.size()))), regionPage.hasNext() || found.size() > rows));
    });
  }

  /** The caller's filters and sort as they came, each name and value encoded, ending in {@code &} when not empty. */
  static String query(Map<String, String[]> parameters) {
    StringBuilder query = new StringBuilder();
    new TreeMap<>(parameters).forEach((name, values) -> {
      if (!NOT_SENT_ON.contains(name)) {
        for (String value : values) {
          query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
      }
    });
    return query.toString();
  }
}
