package dev.touchstone.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Politeness toward the boards: requests to one host are spaced at least {@code interval} apart,
 * across all of a source's pages and retries and across sources on the same host. A host whose
 * source asks for more room gets its own, longer interval.
 */
final class HostPacer {
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final Map<String, Long> hostIntervals = new HashMap<>();

  HostPacer(Duration interval, LongSupplier nanoTime) {
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Spaces calls to this host at least {@code interval} apart; the longest interval asked for a
   * host wins.
   */
  synchronized void atLeast(String host, Duration interval) {
    hostIntervals.merge(host, interval.toNanos(), Math::max);
  }

  synchronized Duration intervalFor(String host) {
    return Duration.ofNanos(hostIntervals.getOrDefault(host, intervalNanos));
  }

  /** How long to wait before calling the host; the slot after that wait is taken. */
  synchronized Duration reserve(String host) {
    long interval = hostIntervals.getOrDefault(host, intervalNanos);
    if (interval <= 0) {
      return Duration.ZERO;
    }
    long now = nanoTime.getAsLong();
    long start = Math.max(now, nextAllowed.getOrDefault(host, now));
    nextAllowed.put(host, start + interval);
    return Duration.ofNanos(start - now);
  }
}
