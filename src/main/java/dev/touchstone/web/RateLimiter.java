package dev.touchstone.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Token buckets by caller: each holds up to {@code burst} requests and refills at {@code
 * perMinute}. The buckets live in a Caffeine cache that forgets a caller once its bucket would be
 * full again (and the least recent past a million callers), so tracking many callers never costs a
 * sweep on a request (security-2026-12 F4: past 50,000 callers each request scanned the map).
 */
final class RateLimiter {
  private static final long MOST_CALLERS = 1_000_000;

  private final double capacity;
  private final double perNano;
  private final Cache<String, Bucket> buckets;

  RateLimiter(int perMinute, int burst, LongSupplier nanoTime) {
    this.capacity = burst;
    this.perNano = perMinute / 60e9;
    long refill = (long) Math.ceil(capacity / perNano);
    this.buckets =
        Caffeine.newBuilder()
            .ticker(nanoTime::getAsLong)
            .expireAfterAccess(Duration.ofNanos(refill))
            .maximumSize(MOST_CALLERS)
            .build();
    this.nanoTime = nanoTime;
  }

  private final LongSupplier nanoTime;

  /** Zero when the caller may go ahead (and a token is spent), else how long until it may. */
  Duration take(String caller) {
    return spend(caller, true);
  }

  /** Zero when the caller has a token left, else how long until it has; spends nothing. */
  Duration peek(String caller) {
    return spend(caller, false);
  }

  private Duration spend(String caller, boolean take) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.get(caller, key -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        if (take) {
          bucket.tokens -= 1;
        }
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
    }
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
