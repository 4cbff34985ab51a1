package dev.touchstone.web;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An answer written to a temporary file first (a batch, a history export), so it is never held in
 * memory; the file is deleted once the answer has been sent.
 */
final class SpooledAnswer extends FileInputStream {
  private final Path file;

  SpooledAnswer(Path file) throws IOException {
    super(file.toFile());
    this.file = file;
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
