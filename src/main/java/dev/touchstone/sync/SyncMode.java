package dev.touchstone.sync;

/** How a run read its source. */
public enum SyncMode {
  /** A whole snapshot: what it does not contain is unpublished. */
  FULL,
  /** Only the records changed since the last good run; nothing is unpublished. */
  INCREMENTAL,
  /**
   * The board answered 304 Not Modified: the files are the ones the last good snapshot was made
   * from.
   */
  NOT_MODIFIED
}
