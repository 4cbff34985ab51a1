package dev.touchstone.sync;

import dev.touchstone.registry.Action;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.NormalizedLicense;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows that repeat a license once per disciplinary case (CO), merged into one license with every
 * case. Held in memory because one license's rows may come in any order; a board has tens of
 * thousands of massage licenses, not millions, and only sources that declare merge-rows use it.
 */
final class LicenseMerger {
  private final Map<String, NormalizedLicense> byKey = new LinkedHashMap<>();

  void add(NormalizedLicense license) {
    byKey.merge(license.licenseKey(), license, LicenseMerger::merge);
  }

  Collection<NormalizedLicense> licenses() {
    return byKey.values();
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
    return new NormalizedLicense(
        first.jurisdiction(),
        first.licenseNumber(),
        first.licenseKey(),
        first.lookupKey(),
        first.licenseType(),
        first.sourceLicenseType(),
        first.status(),
        first.sourceStatus(),
        first.name(),
        first.issuedOn(),
        first.expiresOn(),
        first.city(),
        first.state(),
        first.postalCode(),
        discipline,
        actions,
        flags,
        first.detailUrl());
  }
}
