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
  private final LongSupplier nanoTime;

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

  /** Zero when the caller may go ahead (and a token is spent), else how long until it may. */
  Duration take(String caller) {
    return spend(caller, 1, true);
  }

  /** As {@link #take(String)}, for {@code count} tokens at once: all of them, or none. */
  Duration take(String caller, int count) {
    return spend(caller, count, true);
  }

  /** Zero when the caller has a token left, else how long until it has; spends nothing. */
  Duration peek(String caller) {
    return spend(caller, 1, false);
  }

  private Duration spend(String caller, int count, boolean take) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.get(caller, key -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
      bucket.at = now;
      if (bucket.tokens >= count) {
        if (take) {
          bucket.tokens -= count;
        }
        return Duration.ZERO;
      }
      if (count > capacity) {
        return Duration.ofDays(1); // never fits: more than the bucket holds
      }
      return Duration.ofNanos((long) Math.ceil((count - bucket.tokens) / perNano));
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
