package dev.touchstone.source;

/** What a source's rows become in the registry. */
public enum RecordKind {
  LICENSES,
  EXCLUSIONS,
  NPI_REGISTRATIONS
}
