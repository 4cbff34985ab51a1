package dev.touchstone.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import okio.Buffer;

/** Files in each source's real format, under {@code src/test/resources/fixtures/<source-id>/}. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
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
