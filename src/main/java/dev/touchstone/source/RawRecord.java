package dev.touchstone.source;

import java.util.Map;

/**
 * One record as a source wrote it, before normalization.
 *
 * @param file the file's display name, for quarantine listings
 * @param row 1-based: the data line after the header, or the element of a JSON array
 * @param values trimmed values by lower-case column name; empty values are absent
 * @param problem when the record could not be split into its columns, what was wrong (the record is
 *     then quarantined as {@code field_count})
 */
public record RawRecord(String file, int row, Map<String, String> values, String problem) {

  public static RawRecord of(String file, int row, Map<String, String> values) {
    return new RawRecord(file, row, values, null);
  }

  public static RawRecord malformed(String file, int row, String problem) {
    return new RawRecord(file, row, Map.of(), problem);
  }

  /** The value of a column, matched case-insensitively; null when absent or blank. */
  public String get(String column) {
    return column == null ? null : values.get(Columns.key(column));
  }
}
