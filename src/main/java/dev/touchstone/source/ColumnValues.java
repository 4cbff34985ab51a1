package dev.touchstone.source;

import java.util.AbstractMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A record's values as a map, sharing one column index among all records of a file so that a
 * million-row file does not build a million hash maps.
 */
public final class ColumnValues extends AbstractMap<String, String> {
  private final Map<String, Integer> index;
  private final String[] values;

  public ColumnValues(Map<String, Integer> index, String[] values) {
    this.index = index;
    this.values = values;
  }

  @Override
  public String get(Object key) {
    Integer at = index.get(key);
    return at == null || at >= values.length ? null : values[at];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    Set<Entry<String, String>> entries = new HashSet<>();
    index.forEach(
        (column, at) -> {
          if (at < values.length && values[at] != null) {
            entries.add(Map.entry(column, values[at]));
          }
        });
    return entries;
  }
}
