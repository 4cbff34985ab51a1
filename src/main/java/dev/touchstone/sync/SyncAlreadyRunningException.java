package dev.touchstone.sync;

import java.time.Instant;

/**
 * A sync of this source is already in progress, in this instance or in another one sharing the
 * database.
 */
public class SyncAlreadyRunningException extends RuntimeException {
  private SyncAlreadyRunningException(String sourceId, String where) {
    super(
        "a sync of "
            + sourceId
            + " is already running"
            + where
            + "; wait for it to finish (see GET /api/v1/sync-runs?source="
            + sourceId
            + ")");
  }

  static SyncAlreadyRunningException here(String sourceId) {
    return new SyncAlreadyRunningException(sourceId, "");
  }

  static SyncAlreadyRunningException elsewhere(String sourceId, String holder, Instant until) {
    return new SyncAlreadyRunningException(
        sourceId,
        " on instance " + holder + " (its lease runs until " + until + " unless renewed)");
  }
}
