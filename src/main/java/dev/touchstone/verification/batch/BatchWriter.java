package dev.touchstone.verification.batch;

import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Verification;
import java.io.IOException;
import java.util.List;

/** Writes each row's answer as soon as it is known. */
public interface BatchWriter {
  void start(List<String> columns) throws IOException;

  void verified(BatchRow row, Verification verification) throws IOException;

  void refused(BatchRow row, List<InvalidField> problems) throws IOException;

  void finish() throws IOException;
}
