package dev.touchstone.verification.batch;

import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Verification;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes each row's answer as soon as it is known. */
public interface BatchWriter {
  /** A writer of CSV (the input's columns, then the answer's) or of a JSON array. */
  static BatchWriter of(Writer out, boolean csv) throws IOException {
    return csv ? new CsvBatchWriter(out) : new JsonBatchWriter(out);
  }

  void start(List<String> columns) throws IOException;

  /**
   * @param address where people open the check: its page, or a clinic's check's share address
   */
  void verified(BatchRow row, Verification verification, String address) throws IOException;

  void refused(BatchRow row, List<InvalidField> problems) throws IOException;

  void finish() throws IOException;
}
