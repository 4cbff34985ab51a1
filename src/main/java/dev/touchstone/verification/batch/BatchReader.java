package dev.touchstone.verification.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** Reads a batch one row at a time, never the whole upload at once. */
public interface BatchReader {
  /** A reader of CSV with a header row, or of a JSON array of objects. */
  static BatchReader of(Reader in, boolean csv) throws IOException {
    return csv ? new CsvBatchReader(in) : new JsonBatchReader(in);
  }

  /** The input's columns, as they will be echoed back. */
  List<String> columns();

  /** The next row, or null at the end. */
  BatchRow next() throws IOException;
}
