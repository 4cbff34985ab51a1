package dev.touchstone.sync;

/** No source is configured under this id. */
public class UnknownSourceException extends RuntimeException {
  private final String sourceId;

  public UnknownSourceException(String sourceId) {
    super("no source is configured with id '" + sourceId + "'");
    this.sourceId = sourceId;
  }

  public String sourceId() {
    return sourceId;
  }
}
