package dev.touchstone.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import java.time.Duration;

/**
 * Rate limits: requests with an {@code X-Api-Key} are counted per key, all others per client
 * address (behind a proxy, set {@code micronaut.server.client-address-header}). Past the limit, a
 * 429 with {@code Retry-After}. Health, metrics and the stylesheet are never limited.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "touchstone.rate-limit.enabled", notEquals = "false")
class RateLimitFilter {
  private final RateLimiter byAddress;
  private final RateLimiter byKey;
  private final HttpClientAddressResolver addresses;

  RateLimitFilter(HttpClientAddressResolver addresses, RateLimitSettings limits) {
    this.addresses = addresses;
    this.byAddress =
        new RateLimiter(limits.publicPerMinute(), limits.publicBurst(), System::nanoTime);
    this.byKey = new RateLimiter(limits.clinicPerMinute(), limits.clinicBurst(), System::nanoTime);
  }

  @RequestFilter
  @Nullable
  public HttpResponse<?> limit(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.startsWith("/health")
        || path.startsWith("/prometheus")
        || path.startsWith("/assets/")) {
      return null;
    }
    String key = request.getHeaders().get("X-Api-Key");
    Duration wait =
        key != null && !key.isBlank()
            ? byKey.take(key)
            : byAddress.take(String.valueOf(addresses.resolve(request)));
    if (wait.isZero()) {
      return null;
    }
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Problems.response(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too many requests",
            "this "
                + (key != null && !key.isBlank() ? "key" : "address")
                + " has sent more requests than the limit allows; try again in "
                + seconds
                + " second"
                + (seconds == 1 ? "" : "s"))
        .header("Retry-After", Long.toString(seconds));
  }
}
