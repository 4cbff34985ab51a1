package dev.touchstone.sync;

import dev.touchstone.normalize.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run saw while reading: rows fetched, filtered and quarantined, and warnings for an
 * operator.
 */
final class RunReport {
  /** Quarantined rows listed individually; beyond this only the count grows. */
  static final int QUARANTINE_LISTED = 10_000;

  // Counted by the one thread that reads the source; read by others for progress.
  private volatile int fetched;
  private int quarantined;
  private final java.util.Map<String, Integer> quarantinedByReason = new java.util.TreeMap<>();
  private final Map<String, Integer> filtered = new TreeMap<>();
  private final List<Outcome.Quarantined<?>> listed = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  void fetched() {
    fetched++;
  }

  void filtered(String what) {
    filtered.merge(what, 1, Integer::sum);
  }

  void quarantined(Outcome.Quarantined<?> row) {
    quarantined++;
    quarantinedByReason.merge(row.reason().code(), 1, Integer::sum);
    if (listed.size() < QUARANTINE_LISTED) {
      listed.add(row);
    }
  }

  /** Called from the read-ahead thread too. */
  synchronized void warn(String warning) {
    warnings.add(warning);
  }

  int fetchedCount() {
    return fetched;
  }

  int filteredCount() {
    return filtered.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Every quarantined row counted by its reason code, listed or not. */
  java.util.Map<String, Integer> quarantinedByReason() {
    return java.util.Map.copyOf(quarantinedByReason);
  }

  int quarantinedCount() {
    return quarantined;
  }

  List<Outcome.Quarantined<?>> quarantinedRows() {
    return listed;
  }

  /** What needs an operator's eye (not the routine count of filtered rows). */
  synchronized List<String> alerts() {
    return List.copyOf(warnings);
  }

  synchronized List<String> warnings() {
    List<String> all = new ArrayList<>(warnings);
    if (!filtered.isEmpty()) {
      all.add("filtered (not massage credentials): " + filtered);
    }
    if (quarantined > listed.size()) {
      all.add((quarantined - listed.size()) + " more quarantined rows are counted but not listed");
    }
    return all;
  }

  synchronized boolean needsAttention() {
    return quarantined > 0 || !warnings.isEmpty();
  }
}
