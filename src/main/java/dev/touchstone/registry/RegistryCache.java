package dev.touchstone.registry;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One kind of answer read from the registry, kept until the next sync commits (see {@link
 * RegistryCaches}).
 */
public final class RegistryCache<K, V> {
  private final Cache<Filed<K>, V> cache;
  private final AtomicLong generation;

  /** A key under the registry generation its answer was read in. */
  record Filed<K>(long generation, K key) {}

  RegistryCache(Cache<Filed<K>, V> cache, AtomicLong generation) {
    this.cache = cache;
    this.generation = generation;
  }

  /**
   * The answer for the key, read with {@code read} when this generation has none; a null answer is
   * not kept.
   */
  public V get(K key, Function<K, V> read) {
    return cache.get(new Filed<>(generation.get(), key), filed -> read.apply(filed.key()));
  }

  /** The answer this generation already has for the key, without reading anything. */
  public Optional<V> ifPresent(K key) {
    return Optional.ofNullable(cache.getIfPresent(new Filed<>(generation.get(), key)));
  }

  /**
   * The answers for the keys, those this generation lacks read together with {@code read}; keys it
   * finds nothing for are left out.
   */
  public Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> read) {
    long current = generation.get();
    List<Filed<K>> filed = keys.stream().map(key -> new Filed<>(current, key)).toList();
    Map<Filed<K>, V> found =
        cache.getAll(
            filed,
            missing -> {
              Set<K> wanted = new LinkedHashSet<>();
              missing.forEach(each -> wanted.add(each.key()));
              Map<Filed<K>, V> answers = new HashMap<>();
              read.apply(wanted)
                  .forEach((key, value) -> answers.put(new Filed<>(current, key), value));
              return answers;
            });
    Map<K, V> answers = new HashMap<>();
    found.forEach((each, value) -> answers.put(each.key(), value));
    return answers;
  }

  /** Forgets one answer, e.g. one that has gone out of date by the clock rather than by a sync. */
  public void invalidate(K key) {
    cache.invalidate(new Filed<>(generation.get(), key));
  }

  /** What the cache holds now, as its weigher counts. */
  long estimatedWeight() {
    cache.cleanUp();
    return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
  }

  void clear() {
    cache.invalidateAll();
  }
}
