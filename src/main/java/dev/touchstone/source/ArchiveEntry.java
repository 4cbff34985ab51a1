package dev.touchstone.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The one entry of a ZIP download that a source reads, streamed: the entries before it are skipped
 * unread, and nothing is unpacked to disk or memory.
 */
public final class ArchiveEntry {
  private static final int NAMES_SHOWN = 20;

  private ArchiveEntry() {}

  /**
   * The download's body when the source has no archive, else the stream of the first entry whose
   * name matches; it ends where the entry ends.
   *
   * @throws SourceReadException when the download is not a ZIP archive or holds no such entry
   */
  public static InputStream open(InputStream body, ReadRequest request) throws IOException {
    ArchiveSettings archive = request.archive();
    String fileName = request.fileName();
    if (archive == null) {
      return body;
    }
    ZipInputStream zip = new ZipInputStream(body);
    List<String> seen = new ArrayList<>();
    try {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (!entry.isDirectory() && archive.entry().matches(entry.getName())) {
          return zip;
        }
        if (seen.size() < NAMES_SHOWN) {
          seen.add(entry.getName());
        }
      }
    } catch (ZipException e) {
      throw new SourceReadException(
          fileName + ": the ZIP archive is damaged or cut off: " + e.getMessage(), e);
    }
    if (seen.isEmpty()) {
      throw new SourceReadException(
          fileName + ": expected a ZIP archive, but the download holds no ZIP entries");
    }
    throw new SourceReadException(
        fileName
            + ": the ZIP archive has no entry matching '"
            + archive.entry()
            + "'; it holds "
            + seen);
  }
}
