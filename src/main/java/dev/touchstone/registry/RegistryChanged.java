package dev.touchstone.registry;

/** Published after a source's snapshot is committed, for whatever keeps a copy of registry data. */
public record RegistryChanged(String sourceId) {
  /** For a change seen from outside: another instance synced, which source is not known. */
  public static final String ANY_SOURCE = "*";
}
