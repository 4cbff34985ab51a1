package dev.touchstone.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by caller: each holds up to {@code burst} requests and refills at {@code
 * perMinute}. A caller idle long enough to have a full bucket again is forgotten.
 */
final class RateLimiter {
  private static final int FORGET_ABOVE = 50_000;

  private final double capacity;
  private final double perNano;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(int perMinute, int burst, LongSupplier nanoTime) {
    this.capacity = burst;
    this.perNano = perMinute / 60e9;
    this.nanoTime = nanoTime;
  }

  /** Zero when the caller may go ahead (and a token is spent), else how long until it may. */
  Duration take(String caller) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > FORGET_ABOVE) {
      forgetIdle(now);
    }
    Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
    }
  }

  private void forgetIdle(long now) {
    long full = (long) (capacity / perNano);
    buckets.entrySet().removeIf(entry -> now - entry.getValue().at > full);
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
