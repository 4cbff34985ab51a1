package dev.touchstone.normalize;

/** What became of one raw row. */
public sealed interface Outcome<T> {

  record Loaded<T>(T value) implements Outcome<T> {}

  /** Not a massage credential (or not a profession we keep): skipped and counted. */
  record Filtered<T>(String what) implements Outcome<T> {}

  /**
   * Set aside with its reason. {@code key}, when the row's license number could still be read,
   * keeps that license's last good version from being marked unpublished.
   */
  record Quarantined<T>(String file, int row, QuarantineReason reason, String detail, String key)
      implements Outcome<T> {}
}
