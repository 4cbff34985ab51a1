package dev.touchstone.source;

/**
 * Which sheet of an Excel workbook holds the list, and where its header is.
 *
 * @param sheet the sheet's name, matched whole and ignoring case; default the first sheet
 * @param headerSearchRows the header is the first of this many top rows that holds every key
 *     column's title (a title line above it is common); default 20
 */
public record XlsxSettings(Regex sheet, Integer headerSearchRows) {
  public XlsxSettings {
    headerSearchRows = headerSearchRows == null ? 20 : headerSearchRows;
    if (headerSearchRows < 1 || headerSearchRows > 1000) {
      throw new IllegalArgumentException(
          "xlsx.header-search-rows must be between 1 and 1000, got " + headerSearchRows);
    }
  }

  public static XlsxSettings defaults() {
    return new XlsxSettings(null, null);
  }
}
