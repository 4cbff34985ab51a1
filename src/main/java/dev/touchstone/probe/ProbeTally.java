package dev.touchstone.probe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Distinct values of one column with their counts and what each maps to, the unmapped first. */
final class ProbeTally {
  /**
   * A column of a huge file can hold many values; beyond this many, only the count of the rest is
   * shown.
   */
  static final int SHOWN = 60;

  private record Value(String mapsTo, boolean mapped) {}

  private final Map<String, Value> values = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  /**
   * @param mapped false when the definition does not know the value (it falls through to a default)
   */
  void add(String value, String mapsTo, boolean mapped) {
    String key = value == null ? "(empty)" : value;
    values.putIfAbsent(key, new Value(mapsTo, mapped));
    counts.merge(key, 1, Integer::sum);
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  int unmapped() {
    return (int) values.values().stream().filter(v -> !v.mapped()).count();
  }

  List<String> lines() {
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(
        Comparator.<String, Boolean>comparing(k -> values.get(k).mapped())
            .thenComparing(k -> -counts.get(k)));
    List<String> lines = new ArrayList<>();
    for (String key : keys.subList(0, Math.min(SHOWN, keys.size()))) {
      Value value = values.get(key);
      lines.add(
          String.format(
              "%8d  %-44s → %s%s",
              counts.get(key),
              quoted(key),
              value.mapsTo(),
              value.mapped() ? "" : "   ← NOT MAPPED"));
    }
    if (keys.size() > SHOWN) {
      lines.add("          … and " + (keys.size() - SHOWN) + " more distinct values");
    }
    return lines;
  }

  private static String quoted(String value) {
    return value.equals("(empty)") ? value : "\"" + value + "\"";
  }
}
