package dev.touchstone.sync;

/** The snapshot looks broken as a whole; the run fails and nothing it wrote is kept. */
class SnapshotRejectedException extends RuntimeException {
  public SnapshotRejectedException(String message) {
    super(message);
  }
}
