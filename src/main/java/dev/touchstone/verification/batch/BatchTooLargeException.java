package dev.touchstone.verification.batch;

/** More rows than one batch may hold. */
public class BatchTooLargeException extends RuntimeException {
  public BatchTooLargeException(int maxRows) {
    super(
        "a batch holds at most "
            + maxRows
            + " rows; split the file and send the parts one after another");
  }
}
