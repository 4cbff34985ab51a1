package dev.touchstone.source;

/**
 * The download as a whole cannot be trusted: unreachable, an error answer, the wrong format,
 * truncated, or missing mapped columns. The run fails and the registry is left as it was.
 */
public class SourceReadException extends RuntimeException {
  public SourceReadException(String message) {
    super(message);
  }

  public SourceReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
