package dev.touchstone.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Answers computed from the registry, kept until the registry changes. Bounded the simple way:
 * when full it starts over, which costs a few recomputations and never grows without limit. An
 * answer computed while the registry changed is not kept: it may describe the registry before.
 */
public final class BoundedCache<K, V> {
  private final Map<K, V> entries = new ConcurrentHashMap<>();
  private final int capacity;
  private final AtomicLong clears = new AtomicLong();

  public BoundedCache(int capacity) {
    this.capacity = capacity;
  }

  public V get(K key, Function<K, V> compute) {
    V value = entries.get(key);
    if (value == null) {
      long before = version();
      value = compute.apply(key);
      put(key, value, before);
    }
    return value;
  }

  /** The cached value, or null. */
  public V peek(K key) {
    return entries.get(key);
  }

  /** Which registry state answers are computed against now; pass it to {@link #put} with what was computed. */
  public long version() {
    return clears.get();
  }

  /** Keeps an answer computed at {@code version}, unless the registry changed since. */
  public void put(K key, V value, long version) {
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(key, value);
    if (clears.get() != version) {
      entries.remove(key, value);
    }
  }

  public void clear() {
    clears.incrementAndGet();
    entries.clear();
  }
}
