package dev.touchstone.verification.batch;

/** A batch stopped because nobody waits for its answer any more (the client hung up). */
public final class BatchAbandonedException extends RuntimeException {
  private final int rowsRead;

  BatchAbandonedException(int rowsRead) {
    super("the batch was abandoned after " + rowsRead + " rows");
    this.rowsRead = rowsRead;
  }

  /** Rows read before the batch stopped; only the settled ones among them were stored. */
  public int rowsRead() {
    return rowsRead;
  }
}
