package dev.touchstone.sync;

import dev.touchstone.normalize.ComplaintNormalizer;
import dev.touchstone.registry.Action;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Complaint-file entries by license key, read before the licensure file so each license is written
 * once with all its cases. Holds only massage entries, which is a small fraction of the file.
 */
final class ComplaintIndex {
  private final Map<String, List<Action>> byKey = new TreeMap<>();
  private final Set<String> used = new HashSet<>();
  private final Set<String> unreadable = new HashSet<>();

  void add(ComplaintNormalizer.Entry entry) {
    List<Action> actions = byKey.computeIfAbsent(entry.licenseKey(), k -> new ArrayList<>());
    if (!actions.contains(entry.action())) {
      actions.add(entry.action());
    }
  }

  /** A row for this license could not be read: the license's cases may be incomplete. */
  void unreadable(String licenseKey) {
    unreadable.add(licenseKey);
  }

  boolean incomplete(String licenseKey) {
    if (!unreadable.contains(licenseKey)) {
      return false;
    }
    used.add(licenseKey);
    return true;
  }

  List<Action> actionsFor(String licenseKey) {
    List<Action> actions = byKey.get(licenseKey);
    if (actions == null) {
      return List.of();
    }
    used.add(licenseKey);
    return actions;
  }

  /** License keys named by complaints that no license of the main file had. */
  List<String> unlinked() {
    return byKey.keySet().stream().filter(k -> !used.contains(k)).toList();
  }
}
