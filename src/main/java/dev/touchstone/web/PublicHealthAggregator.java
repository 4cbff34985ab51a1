package dev.touchstone.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public {@code /health} answer: every indicator's status still counts toward the overall one
 * (a database that is down makes the service DOWN), but only source freshness and search readiness
 * show their details. Replaces Micronaut's aggregator for a security reason, not for speed: the
 * built-in one publishes the database URL and version, the disk's size and free space and the
 * thread dump of a deadlock to anyone who asks (security-2026-12).
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
class PublicHealthAggregator extends DefaultHealthAggregator {
  private static final Set<String> PUBLIC_DETAILS = Set.of("sources", "search");

  PublicHealthAggregator(ApplicationConfiguration applicationConfiguration) {
    super(applicationConfiguration);
  }

  @Override
  protected Object aggregateDetails(List<HealthResult> results) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (HealthResult result : results) {
      HealthLevelOfDetail level =
          PUBLIC_DETAILS.contains(result.getName())
              ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS
              : HealthLevelOfDetail.STATUS;
      details.put(result.getName(), buildResult(result.getStatus(), result.getDetails(), level));
    }
    return details;
  }
}
