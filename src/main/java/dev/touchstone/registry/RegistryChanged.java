package dev.touchstone.registry;

/**
 * Published after a source's snapshot is committed, for whatever keeps a copy of registry data.
 *
 * @param recordsChanged false when the snapshot only confirmed what was there (the sync time still
 *     moved)
 */
public record RegistryChanged(String sourceId, boolean recordsChanged) {
  public RegistryChanged(String sourceId) {
    this(sourceId, true);
  }

  /** For a change seen from outside: another instance synced, which source is not known. */
  public static final String ANY_SOURCE = "*";
}
