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

  /** A ZIP archive of the named entries, in order, as a board's download would be. */
  public static byte[] zip(java.util.Map<String, byte[]> entries) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Missouri's download: a ZIP with a note and the massage board's tab-delimited TXT. */
  public static byte[] missouriZip() {
    java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put(
        "ReadMe.txt",
        "Tab-delimited. Business address fields are public records.\r\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    entries.put("MASSAGE THERAPISTS.txt", bytes("us-mo-pr/massage-therapists.txt"));
    return zip(entries);
  }

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
