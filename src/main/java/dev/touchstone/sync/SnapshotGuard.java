package dev.touchstone.sync;

/**
 * Refuses a full snapshot that is empty or much smaller than the last good one: a board that
 * publishes a tenth of its file has broken its export, not revoked nine licenses in ten.
 */
final class SnapshotGuard {
  private SnapshotGuard() {}

  /**
   * @param records distinct records the new snapshot holds (including quarantined rows whose
   *     license is kept)
   * @param lastGood records of the last good snapshot, or null before the first
   */
  static void check(String file, int records, Integer lastGood, double minFraction) {
    if (records == 0) {
      throw new SnapshotRejectedException(
          file + " holds no records we could load; the registry was left as it was");
    }
    if (lastGood != null && lastGood > 0 && records < lastGood * minFraction) {
      throw new SnapshotRejectedException(
          String.format(
              java.util.Locale.ROOT,
              "%s holds %d records, fewer than %.0f%% of the last good snapshot's %d; refusing it as a broken download "
                  + "(lower min-snapshot-fraction if the board really shrank)",
              file,
              records,
              minFraction * 100,
              lastGood));
    }
  }
}
