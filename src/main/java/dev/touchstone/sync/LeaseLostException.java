package dev.touchstone.sync;

/** Another instance took over a source's sync lease while this instance's run was still working. */
class LeaseLostException extends RuntimeException {
  public LeaseLostException(String sourceId, String holder) {
    super(
        "this instance lost the sync lease of "
            + sourceId
            + (holder == null ? "" : " to " + holder)
            + " (it could not renew it in time); the run's work was discarded and the other instance's run stands");
  }
}
