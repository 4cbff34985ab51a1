package dev.touchstone.source;

/**
 * A download that is a ZIP archive holding the file to read (MO: one tab-delimited TXT per board).
 *
 * @param entry the entry's name, matched whole and ignoring case against each entry's path (MO
 *     {@code .*massage.*\.txt}); the first entry that matches is read, and an archive without one
 *     fails the run
 */
record ArchiveSettings(Regex entry) {
  public ArchiveSettings {
    if (entry == null) {
      throw new IllegalArgumentException(
          "archive.entry (a pattern for the entry's name) is required");
    }
  }
}
