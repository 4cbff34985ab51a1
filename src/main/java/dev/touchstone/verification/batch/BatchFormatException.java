package dev.touchstone.verification.batch;

/**
 * The batch as a whole cannot be read: no header, unterminated quotes, JSON that is not an array of
 * objects.
 */
public class BatchFormatException extends RuntimeException {
  public BatchFormatException(String message) {
    super(message);
  }
}
