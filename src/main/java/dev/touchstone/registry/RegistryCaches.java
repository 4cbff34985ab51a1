package dev.touchstone.registry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The caches of answers read from the registry. Each reader owns the cache of its kind of answer;
 * this is the one place that empties them all when a sync commits. Each cache is bounded by weight
 * and reports its hits, misses and evictions to Micrometer as {@code cache.*{cache=<name>}}.
 *
 * <p>Every entry is filed under the registry's generation when its read began, and a commit starts
 * a new generation before emptying the caches: an answer read from the registry before the commit
 * but stored after it is filed under a generation no lookup asks for again, so no lookup after a
 * commit is answered from before it.
 */
@Singleton
public class RegistryCaches {
  private final MeterRegistry meters;
  private final AtomicLong generation = new AtomicLong();
  private final List<RegistryCache<?, ?>> caches = new CopyOnWriteArrayList<>();

  public RegistryCaches(MeterRegistry meters) {
    this.meters = meters;
  }

  /**
   * A new cache of one kind of answer, holding at most {@code maxWeight} as {@code weigher} counts.
   */
  public <K, V> RegistryCache<K, V> create(String name, long maxWeight, Weigher<K, V> weigher) {
    Cache<RegistryCache.Filed<K>, V> cache =
        Caffeine.newBuilder()
            .maximumWeight(maxWeight)
            .<RegistryCache.Filed<K>, V>weigher((filed, value) -> weigher.weigh(filed.key(), value))
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(meters, cache, name);
    RegistryCache<K, V> created = new RegistryCache<>(cache, generation);
    caches.add(created);
    return created;
  }

  /** Public so a reader's test can stand in for a committed sync. */
  @EventListener
  public void onRegistryChanged(RegistryChanged event) {
    generation.incrementAndGet();
    caches.forEach(RegistryCache::clear);
  }
}
