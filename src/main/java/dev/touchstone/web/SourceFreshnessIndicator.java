package dev.touchstone.web;

import dev.touchstone.source.SourceFreshness;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each source's freshness in {@code /health}. A stale source is reported, not DOWN: the service
 * still answers, and says in every verification how old its data is.
 */
@Singleton
class SourceFreshnessIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final SourceFreshness freshness;

  public SourceFreshnessIndicator(SourceFreshness freshness) {
    this.freshness = freshness;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    healthStatus = HealthStatus.UP;
    Map<String, Object> details = new LinkedHashMap<>();
    for (SourceFreshness.Freshness fresh : freshness.all()) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put(
          "lastSyncedAt", fresh.lastSyncedAt() == null ? null : fresh.lastSyncedAt().toString());
      source.put("maxAge", fresh.maxAge().toString());
      source.put("stale", fresh.stale());
      source.put("enabled", fresh.source().enabled());
      details.put(fresh.source().id(), source);
    }
    return details;
  }

  @Override
  protected String getName() {
    return "sources";
  }
}
