package dev.touchstone.registry;

/**
 * What applying a snapshot did.
 *
 * @param duplicates identical rows collapsed into one
 * @param clashes different rows for the same key: the later one was kept
 * @param kept stored records whose new row was quarantined: they keep their last good version
 */
public record WriteCounts(
    int inserted,
    int updated,
    int unchanged,
    int unpublished,
    int duplicates,
    int clashes,
    int kept) {
  public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0, 0, 0);

  /** Distinct records the snapshot holds, those kept at their last good version included. */
  public int records() {
    return inserted + updated + unchanged + kept;
  }
}
