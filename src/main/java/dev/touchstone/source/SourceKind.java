package dev.touchstone.source;

/** What a source is, as DESIGN.md names it. */
public enum SourceKind {
  LICENSING_BOARD,
  NATIONAL_REGISTRY,
  EXCLUSION_LIST
}
