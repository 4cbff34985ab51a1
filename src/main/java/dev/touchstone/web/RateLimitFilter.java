package dev.touchstone.web;

import dev.touchstone.clinic.LiveKeys;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;

/**
 * Rate limits. A request whose {@code X-Api-Key} is a live organization key (or the admin key) is
 * counted per key; every other request, an invented key included, per client address (the socket's
 * peer, or behind a trusted proxy the address it forwards: {@link ClientAddresses}). A key that
 * fails to authenticate also spends from a stricter bucket of its address, so guessing keys is
 * slow. Past a limit, a 429 with {@code Retry-After}. Health, metrics and the stylesheet are never
 * limited.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "touchstone.rate-limit.enabled", notEquals = "false")
class RateLimitFilter {
  private final RateLimiter byAddress;
  private final RateLimiter byKey;
  private final RateLimiter failedKeys;
  private final ClientAddresses clients;
  private final LiveKeys liveKeys;
  private final AdminKey adminKey;

  RateLimitFilter(RateLimitSettings limits, LiveKeys liveKeys, AdminKey adminKey) {
    this.liveKeys = liveKeys;
    this.adminKey = adminKey;
    this.clients = new ClientAddresses(limits.trustedProxies());
    this.byAddress =
        new RateLimiter(limits.publicPerMinute(), limits.publicBurst(), System::nanoTime);
    this.byKey = new RateLimiter(limits.clinicPerMinute(), limits.clinicBurst(), System::nanoTime);
    this.failedKeys =
        new RateLimiter(limits.failedKeysPerMinute(), limits.failedKeysBurst(), System::nanoTime);
  }

  @RequestFilter
  @Nullable
  public HttpResponse<?> limit(HttpRequest<?> request) {
    if (exempt(request.getPath())) {
      return null;
    }
    String client = clients.of(request);
    String key = presentedKey(request);
    boolean known = key != null && (liveKeys.isLive(key) || adminKey.matches(key));
    if (key != null && !known) {
      Duration wait = failedKeys.peek(client);
      if (!wait.isZero()) {
        return tooMany(wait, "address has sent too many keys that do not authenticate");
      }
    }
    Duration wait = known ? byKey.take(key) : byAddress.take(client);
    return wait.isZero()
        ? null
        : tooMany(
            wait, (known ? "key" : "address") + " has sent more requests than the limit allows");
  }

  /** A key that did not authenticate spends from its address's bucket of failed attempts. */
  @ResponseFilter
  public void countFailedKeys(HttpRequest<?> request, MutableHttpResponse<?> response) {
    int status = response.code();
    if ((status == 401 || status == 403)
        && presentedKey(request) != null
        && !exempt(request.getPath())) {
      failedKeys.take(clients.of(request));
    }
  }

  private static boolean exempt(String path) {
    return path.startsWith("/health")
        || path.startsWith("/prometheus")
        || path.startsWith("/assets/");
  }

  private static String presentedKey(HttpRequest<?> request) {
    String key = request.getHeaders().get("X-Api-Key");
    return key == null || key.isBlank() ? null : key.strip();
  }

  private static MutableHttpResponse<?> tooMany(Duration wait, String why) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Problems.response(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too many requests",
            "this " + why + "; try again in " + seconds + " second" + (seconds == 1 ? "" : "s"))
        .header("Retry-After", Long.toString(seconds));
  }
}
