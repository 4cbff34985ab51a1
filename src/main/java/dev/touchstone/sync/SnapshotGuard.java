package dev.touchstone.sync;

/**
 * Refuses a full snapshot that is empty or much smaller than the last good one: a board that
 * publishes a tenth of its file has broken its export, not revoked nine licenses in ten.
 */
final class SnapshotGuard {
  /** Records a full snapshot may always take off the list, whatever the share. */
  static final int CHURN = 10;

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

  /**
   * The deletion guard: a full snapshot that would mark more than {@code maxFraction} of the listed
   * records as no longer listed is refused unless an operator accepted it for this run. A download
   * cut cleanly at a row boundary passes the size guard and would otherwise take licenses off the
   * list without a word (security-2026-12 F12).
   */
  static void checkShrink(
      String file,
      String sourceId,
      int wouldUnpublish,
      int listedBefore,
      double maxFraction,
      boolean accepted) {
    // A handful is ordinary churn on a small board (a few licenses retire each month): the guard
    // is for the share, and starts above CHURN records.
    if (accepted || wouldUnpublish <= Math.max(listedBefore * maxFraction, CHURN)) {
      return;
    }
    throw new SnapshotRejectedException(
        String.format(
            java.util.Locale.ROOT,
            "%s would mark %d of the %d listed records (%.1f%%) as no longer listed, more than the "
                + "%.0f%% allowed (max-unpublish-fraction); the registry was left as it was. If the "
                + "board really dropped them, accept this once: POST /api/v1/sources/%s/sync?acceptShrink=true",
            file,
            wouldUnpublish,
            listedBefore,
            100.0 * wouldUnpublish / listedBefore,
            maxFraction * 100,
            sourceId));
  }
}
