package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

  @Test
  void everyStoredRecordIsFoundWithItsHashAfterTheIndexHasGrownManyTimes() {
    KeyIndex index = new KeyIndex(16);
    SplittableRandom random = new SplittableRandom(7);
    Map<Long, Long> stored = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      long key = random.nextLong();
      long hash = random.nextLong();
      stored.put(key, hash);
      index.putStored(key, hash, true);
    }

    stored.forEach(
        (key, hash) -> {
          int slot = index.find(key);
          assertThat(slot).isNotNegative();
          assertThat(index.value(slot)).isEqualTo(hash);
          assertThat(index.seen(slot)).isFalse();
        });
    assertThat(index.find(random.nextLong())).isEqualTo(-1);
    assertThat(index.anyUnseenPublished()).isTrue();
  }

  @Test
  void onlyPublishedStoredRecordsThisRunHasNotSeenAreLeftToUnpublish() {
    KeyIndex index = new KeyIndex(4);
    index.putStored(1, 10, true);
    index.putStored(2, 20, true);
    index.putStored(3, 30, false);
    index.putSeen(4, 40);

    index.markSeen(index.find(1), 11);
    index.markSeen(index.find(3), 30);
    for (long key = 100; key < 200; key++) {
      index.putSeen(key, key);
    }

    assertThat(index.anyUnseenPublished()).isTrue();
    assertThat(index.isUnseenPublished(2)).isTrue();
    assertThat(index.isUnseenPublished(1)).as("seen this run").isFalse();
    assertThat(index.isUnseenPublished(3)).as("already unpublished").isFalse();
    assertThat(index.isUnseenPublished(4)).as("new this run").isFalse();
    assertThat(index.isUnseenPublished(5)).as("never stored").isFalse();

    index.markSeen(index.find(2), 20);
    assertThat(index.anyUnseenPublished()).as("every published record seen").isFalse();
  }
}
