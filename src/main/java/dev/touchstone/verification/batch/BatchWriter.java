package dev.touchstone.verification.batch;

import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Verification;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Writes each row's answer as soon as it is known. */
public interface BatchWriter {
  /**
   * A writer of CSV (the input's columns, then the answer's) or of a JSON array.
   *
   * @param address a check's address by its id, for the CSV's address column
   */
  static BatchWriter of(Writer out, boolean csv, Function<UUID, String> address)
      throws IOException {
    return csv ? new CsvBatchWriter(out, address) : new JsonBatchWriter(out);
  }

  void start(List<String> columns) throws IOException;

  void verified(BatchRow row, Verification verification) throws IOException;

  void refused(BatchRow row, List<InvalidField> problems) throws IOException;

  void finish() throws IOException;
}
