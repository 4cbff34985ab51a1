package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {
  private final BoundedCache<String, String> cache = new BoundedCache<>(2);

  @Test
  void anAnswerIsComputedOnceUntilTheRegistryChanges() {
    cache.get("WA|MA1", key -> "active");
    assertThat(cache.get("WA|MA1", key -> "computed again")).isEqualTo("active");
    cache.clear();
    assertThat(cache.get("WA|MA1", key -> "revoked")).isEqualTo("revoked");
  }

  @Test
  void anAnswerComputedWhileTheRegistryChangedIsNotKept() {
    assertThat(cache.get("WA|MA1", key -> {
      cache.clear();
      return "active, as before the sync";
    })).isEqualTo("active, as before the sync");
    assertThat(cache.peek("WA|MA1")).isNull();
  }

  @Test
  void aFullCacheStartsOverInsteadOfGrowing() {
    cache.get("a", key -> "1");
    cache.get("b", key -> "2");
    cache.get("c", key -> "3");
    assertThat(cache.peek("a")).isNull();
    assertThat(cache.peek("c")).isEqualTo("3");
  }
}
