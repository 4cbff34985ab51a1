package dev.touchstone.sync;

/** A sync of this source is already in progress. */
public class SyncAlreadyRunningException extends RuntimeException {
  public SyncAlreadyRunningException(String sourceId) {
    super("a sync of " + sourceId + " is already running; wait for it to finish (see GET /api/v1/sync-runs?source=" + sourceId + ")");
  }
}
