package dev.touchstone.web;

import dev.touchstone.search.NameIndex;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;

/** Ready to take traffic once the name index is built: before that, a search would wait for it. */
@Singleton
@Readiness
class SearchReadinessIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final NameIndex index;

  public SearchReadinessIndicator(NameIndex index) {
    this.index = index;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    boolean ready = index.isBuilt();
    healthStatus = ready ? HealthStatus.UP : HealthStatus.DOWN;
    return Map.of("nameIndexBuilt", ready);
  }

  @Override
  protected String getName() {
    return "search";
  }
}
