package dev.touchstone.normalize;

/** A row that cannot be loaded; it is quarantined with this reason and the sync goes on. */
class RowRejectedException extends RuntimeException {
  private final QuarantineReason reason;

  public RowRejectedException(QuarantineReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public QuarantineReason reason() {
    return reason;
  }
}
