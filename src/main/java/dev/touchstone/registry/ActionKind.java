package dev.touchstone.registry;

/** A board's finding, or an allegation that is not one. */
public enum ActionKind {
  DISCIPLINE,
  COMPLAINT
}
