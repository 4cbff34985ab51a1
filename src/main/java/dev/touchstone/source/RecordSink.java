package dev.touchstone.source;

/** Receives a file's records one at a time, in file order. */
@FunctionalInterface
public interface RecordSink {
  void accept(RawRecord record);

  /** Something an operator should know about the download that does not fail it. */
  default void warn(String message) {}

  /**
   * The file's own column names, when it has a header (names only: the values of unread columns are
   * never read).
   */
  default void columns(java.util.List<String> names) {}
}
