package dev.touchstone.registry;

/**
 * What a source's stored records were before this run, by 64-bit hash of their key: their content
 * hash and whether this run has seen them. Two longs and a byte per slot, at most three quarters
 * full, so a million-record source costs about 34 MB: the sync runs in the same heap as the
 * service's own indexes.
 */
final class KeyIndex {
  private static final byte EMPTY = 0;
  private static final byte UNSEEN = 1;
  private static final byte SEEN = 2;
  private static final byte UNSEEN_UNPUBLISHED = 3;
  private int storedPublished;

  private long[] keys;
  private long[] values;
  private byte[] states;
  private int size;

  KeyIndex(int expected) {
    int capacity = 16;
    while (capacity * 3L < expected * 4L) {
      capacity <<= 1;
    }
    keys = new long[capacity];
    values = new long[capacity];
    states = new byte[capacity];
  }

  static long hashKey(String key) {
    return new ContentHash().add(key).value();
  }

  /**
   * Records a stored record's content hash and whether it is published; not yet seen by this run.
   */
  void putStored(long key, long contentHash, boolean published) {
    put(key, contentHash, published ? UNSEEN : UNSEEN_UNPUBLISHED);
    if (published) {
      storedPublished++;
    }
  }

  /** Stored records that were published when the run began. */
  int storedPublished() {
    return storedPublished;
  }

  /** Published stored records this run has not seen: what finishing a full snapshot unpublishes. */
  int unseenPublished() {
    int count = 0;
    for (byte state : states) {
      if (state == UNSEEN) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether any published stored record is still unseen by this run: asked once, at the end of a
   * run.
   */
  boolean anyUnseenPublished() {
    for (byte state : states) {
      if (state == UNSEEN) {
        return true;
      }
    }
    return false;
  }

  /** Whether the key is a published stored record this run has not seen. */
  boolean isUnseenPublished(long key) {
    int slot = find(key);
    return slot >= 0 && states[slot] == UNSEEN;
  }

  boolean published(int slot) {
    return states[slot] != UNSEEN_UNPUBLISHED;
  }

  /** The slot of a key, or -1. */
  int find(long key) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (states[slot] != EMPTY) {
      if (keys[slot] == key) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  long value(int slot) {
    return values[slot];
  }

  boolean seen(int slot) {
    return states[slot] == SEEN;
  }

  void markSeen(int slot, long contentHash) {
    states[slot] = SEEN;
    values[slot] = contentHash;
  }

  /** Records a record this run wrote for the first time. */
  void putSeen(long key, long contentHash) {
    put(key, contentHash, SEEN);
  }

  private void put(long key, long value, byte state) {
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (states[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (states[slot] == EMPTY) {
      size++;
    }
    keys[slot] = key;
    values[slot] = value;
    states[slot] = state;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    byte[] oldStates = states;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    states = new byte[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldStates[i] != EMPTY) {
        put(oldKeys[i], oldValues[i], oldStates[i]);
      }
    }
  }

  private static long mix(long key) {
    key ^= key >>> 33;
    key *= 0xff51afd7ed558ccdL;
    key ^= key >>> 33;
    return key;
  }
}
