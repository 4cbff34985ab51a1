package dev.touchstone.sync;

/** How a sync run ended (RUNNING while it has not). */
public enum SyncOutcome {
  RUNNING,
  /** Every row loaded. */
  SUCCEEDED,
  /** Committed, but some rows were quarantined or something needs an operator's eye. */
  PARTIAL,
  /** Nothing was written: the registry is as it was before the run. */
  FAILED,
  /** The process died mid-run; the transaction never committed. */
  ABORTED
}
