package dev.touchstone.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers computed from the registry, kept until the registry changes. Bounded the simple way:
 * when full it starts over, which costs a few recomputations and never grows without limit.
 */
public final class BoundedCache<K, V> {
  private final Map<K, V> entries = new ConcurrentHashMap<>();
  private final int capacity;

  public BoundedCache(int capacity) {
    this.capacity = capacity;
  }

  public V get(K key, Function<K, V> compute) {
    V value = entries.get(key);
    if (value == null) {
      value = compute.apply(key);
      put(key, value);
    }
    return value;
  }

  /** The cached value, or null. */
  public V peek(K key) {
    return entries.get(key);
  }

  public void put(K key, V value) {
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(key, value);
  }

  public void clear() {
    entries.clear();
  }
}
