package dev.touchstone.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import okio.Buffer;

/**
 * Files in each source's real format, under {@code src/test/resources/fixtures/<source-id>/}, or,
 * where the shipped samples already are real pages (Oregon's lookup), under {@code
 * config/samples/}.
 */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in != null) {
        return in.readAllBytes();
      }
      java.nio.file.Path sample = java.nio.file.Path.of("config/samples", path);
      if (java.nio.file.Files.isRegularFile(sample)) {
        return java.nio.file.Files.readAllBytes(sample);
      }
      throw new IllegalArgumentException("no fixture " + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Buffer buffer(String path) {
    return new Buffer().write(bytes(path));
  }

  public static Buffer buffer(byte[] bytes) {
    return new Buffer().write(bytes);
  }
}
