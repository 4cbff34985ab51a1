package dev.touchstone.registry;

/**
 * What a source's stored records were before this run, by 64-bit hash of their key: their content
 * hash, row id and whether this run has seen them. Primitive arrays, so a million-record source costs
 * tens of megabytes, not hundreds.
 */
final class KeyIndex {
  private static final byte EMPTY = 0;
  private static final byte UNSEEN = 1;
  private static final byte SEEN = 2;
  private static final byte UNSEEN_UNPUBLISHED = 3;

  private long[] keys;
  private long[] values;
  private long[] rowIds;
  private byte[] states;
  private int size;

  KeyIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
    keys = new long[capacity];
    values = new long[capacity];
    rowIds = new long[capacity];
    states = new byte[capacity];
  }

  static long hashKey(String key) {
    return new ContentHash().add(key).value();
  }

  /** Records a stored record's content hash, row id and whether it is published; not yet seen by this run. */
  void putStored(long key, long contentHash, long rowId, boolean published) {
    put(key, contentHash, published ? UNSEEN : UNSEEN_UNPUBLISHED, rowId);
  }

  /** The row ids of published stored records this run has not seen. */
  java.util.List<Long> unseenPublished() {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (states[i] == UNSEEN) {
        ids.add(rowIds[i]);
      }
    }
    return ids;
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
    put(key, contentHash, SEEN, 0);
  }

  private void put(long key, long value, byte state, long rowId) {
    if ((size + 1) * 2 > keys.length) {
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
    rowIds[slot] = rowId;
    states[slot] = state;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    long[] oldRowIds = rowIds;
    byte[] oldStates = states;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    rowIds = new long[oldKeys.length * 2];
    states = new byte[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldStates[i] != EMPTY) {
        put(oldKeys[i], oldValues[i], oldStates[i], oldRowIds[i]);
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
