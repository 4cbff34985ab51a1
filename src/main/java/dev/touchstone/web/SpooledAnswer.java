package dev.touchstone.web;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An answer written to a spool file first (a batch, a history export), so it is never held in
 * memory. The file is deleted once the answer has been sent, or as soon as the client hangs up
 * before that: Micronaut does not close an answer's stream that it never started to write
 * (security-2026-12 F3).
 */
final class SpooledAnswer extends FileInputStream {
  private final Path file;
  private final Runnable forgetConnection;

  SpooledAnswer(Path file, ClientConnection connection) throws IOException {
    super(file.toFile());
    this.file = file;
    this.forgetConnection = connection.onClose(this::closeQuietly);
  }

  @Override
  public void close() throws IOException {
    if (forgetConnection != null) { // null when the client had gone before the answer was made
      forgetConnection.run();
    }
    try {
      super.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
