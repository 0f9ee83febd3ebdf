package kz.qyzmet.regions;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qyzmet.regions.*}: which region this deployment serves and where the others are
 * (docs/scale.md). Nothing set: one deployment serves the whole country, as before.
 *
 * @param own the KATO code of this deployment's region ({@code QYZMET_REGION}); its applications' ids
 *     start with it ({@code 75-S02-20261125-D10CE6EE}). Blank: the national deployment, serving every
 *     region that has no deployment of its own, ids without a prefix
 * @param deployments each other region's deployment: KATO code to base URL
 *     ({@code qyzmet.regions.deployments.71=https://ast.qyzmet.kz}). A region not listed is served here
 * @param timeout how long a routed call waits for the region's answer
 */
@ConfigurationProperties("qyzmet.regions")
public record RegionProperties(
    @DefaultValue("") String own,
    Map<String, URI> deployments,
    @DefaultValue("30s") Duration timeout) {

  public RegionProperties {
    deployments = deployments == null ? Map.of() : new LinkedHashMap<>(deployments);
    own = own == null ? "" : own.trim();
    if (!own.isEmpty() && Region.ofCode(own).isEmpty()) {
      throw new IllegalStateException("qyzmet.regions.own=" + own
          + " is not a region's KATO code (kz.qyzmet.regions.Region)");
    }
    for (String code : deployments.keySet()) {
      if (Region.ofCode(code).isEmpty()) {
        throw new IllegalStateException("qyzmet.regions.deployments." + code + ": not a region's KATO code");
      }
      if (code.equals(own)) {
        throw new IllegalStateException("qyzmet.regions.deployments." + code + " names this deployment's own region");
      }
    }
  }

  /** This deployment's region, if it serves one. */
  public Optional<Region> ownRegion() {
    return Region.ofCode(own);
  }

  /** Whether regions are set up at all: then every submission names its region. */
  public boolean routing() {
    return !own.isEmpty() || !deployments.isEmpty();
  }

  /** The deployment of a region served elsewhere; empty when this deployment serves it. */
  public Optional<URI> elsewhere(Region region) {
    return Optional.ofNullable(deployments.get(region.code()));
  }

  /** The prefix of this deployment's application ids: {@code "75-"}, or nothing for the national one. */
  public String idPrefix() {
    return own.isEmpty() ? "" : own + "-";
  }
}
