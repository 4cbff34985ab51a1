package dev.touchstone.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;

/**
 * How many batch rows an organization may have checked: {@code
 * touchstone.rate-limit.batch-rows-per-minute} (default 1,000), up to {@code batch-rows-burst}
 * (default 20,000) at once. A batch is one request to the rate limit but each row is a check, so
 * rows are counted here, before any is made (security-2026-12 F2). Off with the rate limit ({@code
 * touchstone.rate-limit.enabled=false}).
 */
@Singleton
class BatchQuota {
  private final RateLimiter rows;
  private final boolean enabled;

  BatchQuota(
      RateLimitSettings limits,
      @Property(name = "touchstone.rate-limit.enabled", defaultValue = "true") boolean enabled) {
    this.enabled = enabled;
    this.rows =
        new RateLimiter(limits.batchRowsPerMinute(), limits.batchRowsBurst(), System::nanoTime);
  }

  /** Spends the rows, or refuses the whole batch with a 429 that says when it would fit. */
  void spend(UUID organization, int count) {
    if (!enabled) {
      return;
    }
    Duration wait = rows.take(organization.toString(), count);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw new ApiProblemException(
          HttpStatus.TOO_MANY_REQUESTS,
          "Batch quota used up",
          "your organization's batch rows for now are used up: this batch of "
              + count
              + " rows fits in "
              + seconds
              + " seconds; send smaller batches, or wait",
          null);
    }
  }
}
