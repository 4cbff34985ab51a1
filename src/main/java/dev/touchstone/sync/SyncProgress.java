package dev.touchstone.sync;

import java.time.Duration;
import java.util.Locale;

/**
 * How far a running sync has read.
 *
 * @param expected rows in the source's last good snapshot, the best guess of the total (null: first
 *     sync)
 */
record SyncProgress(String sourceId, long rows, Duration elapsed, Integer expected) {

  public double rowsPerSecond() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : rows / seconds;
  }

  /** The share done, when a total is known and not yet passed. */
  public Double fraction() {
    return expected == null || expected <= 0 ? null : Math.min(1.0, (double) rows / expected);
  }

  /**
   * "us-wa-doh: 120,000 rows so far, 48,000 rows/s, about 20 s left" (the estimate only where a
   * total is known).
   */
  public String describe() {
    String line =
        String.format(
            Locale.US, "%s: %,d rows so far, %,.0f rows/s", sourceId, rows, rowsPerSecond());
    Double done = fraction();
    if (done != null && done < 1 && rowsPerSecond() > 0) {
      long left = Math.round((expected - rows) / rowsPerSecond());
      line += String.format(Locale.US, ", about %d s left", left);
    }
    return line;
  }

  /** A bar for a terminal: "[#######.............] 35% 120,000 rows 48,000 rows/s". */
  public String bar(int width) {
    Double done = fraction();
    String rate = String.format(Locale.US, "%,d rows  %,.0f rows/s", rows, rowsPerSecond());
    if (done == null) {
      return sourceId + "  " + rate;
    }
    int filled = (int) Math.round(done * width);
    return String.format(
        Locale.US,
        "[%s%s] %3.0f%%  %s",
        "#".repeat(filled),
        ".".repeat(width - filled),
        done * 100,
        rate);
  }
}
