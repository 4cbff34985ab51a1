package dev.touchstone.source;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Column names compare trimmed and case-insensitively: boards are inconsistent about both. */
public final class Columns {
  /** Mapping column names are few and looked up once per row each: fold them once. */
  private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

  private Columns() {}

  public static String key(String column) {
    String folded = FOLDED.get(column);
    if (folded == null) {
      folded = column.trim().toLowerCase(Locale.ROOT);
      if (FOLDED.size() < 10_000) {
        FOLDED.put(column, folded);
      }
    }
    return folded;
  }
}
