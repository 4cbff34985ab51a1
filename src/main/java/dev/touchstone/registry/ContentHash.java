package dev.touchstone.registry;

/**
 * A 64-bit FNV-1a hash over a record's fields, so an unchanged record is recognized without reading
 * it.
 */
public final class ContentHash {
  private long hash = 0xcbf29ce484222325L;

  public ContentHash add(Object value) {
    if (value instanceof java.time.LocalDate date) {
      return add(date.toEpochDay());
    }
    if (value instanceof Long number) {
      long bits = number;
      for (int i = 0; i < 8; i++) {
        hash ^= (bits >>> (i * 8)) & 0xff;
        hash *= 0x100000001b3L;
      }
      hash ^= 0x1e;
      hash *= 0x100000001b3L;
      return this;
    }
    String text =
        value == null ? "\u0000" : value instanceof Enum<?> e ? e.name() : value.toString();
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    hash ^= 0x1f;
    hash *= 0x100000001b3L;
    return this;
  }

  public long value() {
    return hash;
  }
}
