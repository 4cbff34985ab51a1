package dev.touchstone.verification.batch;

import java.io.IOException;
import java.util.List;

/** Reads a batch one row at a time, never the whole upload at once. */
public interface BatchReader {
  /** The input's columns, as they will be echoed back. */
  List<String> columns();

  /** The next row, or null at the end. */
  BatchRow next() throws IOException;
}
