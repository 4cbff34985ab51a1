package dev.touchstone.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Politeness toward the boards: requests to one host are spaced at least {@code interval} apart,
 * across all of a source's pages and retries and across sources on the same host.
 */
final class HostPacer {
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Long> nextAllowed = new HashMap<>();

  HostPacer(Duration interval, LongSupplier nanoTime) {
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
  }

  /** How long to wait before calling the host; the slot after that wait is taken. */
  synchronized Duration reserve(String host) {
    if (intervalNanos <= 0) {
      return Duration.ZERO;
    }
    long now = nanoTime.getAsLong();
    long start = Math.max(now, nextAllowed.getOrDefault(host, now));
    nextAllowed.put(host, start + intervalNanos);
    return Duration.ofNanos(start - now);
  }
}
