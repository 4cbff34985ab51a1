package dev.touchstone.registry;

/**
 * What applying a snapshot did.
 *
 * @param duplicates identical rows collapsed into one
 * @param clashes different rows for the same key: the later one was kept
 */
public record WriteCounts(
    int inserted, int updated, int unchanged, int unpublished, int duplicates, int clashes) {
  public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0, 0);

  /** Distinct records the snapshot holds. */
  public int records() {
    return inserted + updated + unchanged;
  }
}
