package dev.touchstone.source;

import java.util.Locale;

/** Column names compare trimmed and case-insensitively: boards are inconsistent about both. */
public final class Columns {
  private Columns() {}

  public static String key(String column) {
    return column.trim().toLowerCase(Locale.ROOT);
  }
}
