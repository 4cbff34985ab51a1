package dev.touchstone.registry;

/** Published after a source's snapshot is committed, for whatever keeps a copy of registry data. */
public record RegistryChanged(String sourceId) {}
