package dev.touchstone.sync;

import dev.touchstone.registry.Action;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.NormalizedLicense;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows that repeat a license once per disciplinary case (CO), merged into one license with every
 * case. Held in memory because one license's rows may come in any order; a board has tens of
 * thousands of massage licenses, not millions, and only sources that declare merge-rows use it.
 *
 * <p>A license with a row that could not be read is still stored from the rows that could, with its
 * current status, but flagged {@link LicenseFlag#INCOMPLETE_RECORD}: silently leaving a case out
 * would let it verify on partial discipline, and holding it back would call a licensed therapist
 * unknown.
 */
final class LicenseMerger {
  private final Map<String, NormalizedLicense> byKey = new LinkedHashMap<>();
  private final Set<String> unreadable = new HashSet<>();

  void add(NormalizedLicense license) {
    byKey.merge(license.licenseKey(), license, LicenseMerger::merge);
  }

  /** A row of the license with this key was quarantined. */
  void unreadableRow(String licenseKey) {
    unreadable.add(licenseKey);
  }

  /** Every merged license, flagged where one of its rows could not be read. */
  List<NormalizedLicense> licenses() {
    return byKey.values().stream()
        .map(
            license ->
                unreadable.contains(license.licenseKey())
                    ? license.withFlag(LicenseFlag.INCOMPLETE_RECORD)
                    : license)
        .toList();
  }

  /**
   * Keys none of whose rows could be read: like a single bad row, such a license keeps its last
   * good version.
   */
  List<String> unreadableOnly() {
    return unreadable.stream().filter(key -> !byKey.containsKey(key)).sorted().toList();
  }

  private static NormalizedLicense merge(NormalizedLicense first, NormalizedLicense next) {
    List<Action> actions = new ArrayList<>(first.actions());
    next.actions().stream().filter(a -> !actions.contains(a)).forEach(actions::add);
    Boolean discipline =
        Boolean.TRUE.equals(first.disciplineOnRecord())
                || Boolean.TRUE.equals(next.disciplineOnRecord())
            ? Boolean.TRUE
            : first.disciplineOnRecord();
    Set<LicenseFlag> flags = new HashSet<>(first.flags());
    flags.addAll(next.flags());
    return first.withDiscipline(discipline, actions, flags);
  }
}
