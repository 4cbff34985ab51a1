package dev.touchstone.verification;

import dev.touchstone.registry.ExclusionRows.ExclusionEntry;
import dev.touchstone.search.NameQuery;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the exclusion list: an entry with the person's NPI is a confirmed match; an entry with the
 * same name in the same state is only a possible one, unless its NPI shows it is someone else.
 */
@Singleton
class ExclusionCheck {
  private final ExclusionIndex index;

  ExclusionCheck(ExclusionIndex index) {
    this.index = index;
  }

  record Result(List<Verification.ExclusionMatch> matches, List<Reason> reasons) {
    boolean excluded() {
      return matches.stream().anyMatch(m -> m.current() && "CONFIRMED".equals(m.match()));
    }
  }

  Result check(Set<String> personNpis, List<NameQuery> names, String state) {
    List<Verification.ExclusionMatch> matches = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    for (String npi : personNpis) {
      for (ExclusionEntry entry : index.byNpi(npi)) {
        matches.add(new Verification.ExclusionMatch("CONFIRMED", entry.current(), entry));
        reasons.add(
            entry.current()
                ? Reason.of(
                    ReasonCode.EXCLUDED,
                    "The federal exclusion list (HHS-OIG) names this person, by NPI "
                        + npi
                        + ", as excluded since "
                        + Phrases.date(entry.excludedOn())
                        + ": they may not be paid by Medicare or Medicaid. "
                        + "Choose someone else.")
                : Reason.of(
                    ReasonCode.EXCLUSION_REINSTATED,
                    "The federal exclusion list excluded NPI "
                        + npi
                        + " on "
                        + Phrases.date(entry.excludedOn())
                        + (entry.reinstatedOn() == null
                            ? "; the entry is no longer listed."
                            : " and reinstated them on "
                                + Phrases.date(entry.reinstatedOn())
                                + ".")));
      }
    }
    Set<ExclusionEntry> possible = new LinkedHashSet<>();
    for (NameQuery name : names) {
      for (ExclusionEntry entry : index.sameNameInState(name, state)) {
        boolean someoneElse =
            entry.npi() != null && !personNpis.isEmpty() && !personNpis.contains(entry.npi());
        boolean confirmedAlready = entry.npi() != null && personNpis.contains(entry.npi());
        if (entry.current() && !someoneElse && !confirmedAlready) {
          possible.add(entry);
        }
      }
    }
    for (ExclusionEntry entry : possible) {
      matches.add(new Verification.ExclusionMatch("POSSIBLE", true, entry));
      reasons.add(
          Reason.of(
              ReasonCode.POSSIBLE_EXCLUSION,
              "The federal exclusion list names a "
                  + entry.firstName()
                  + " "
                  + entry.lastName()
                  + (entry.city() == null ? "" : " of " + entry.city())
                  + ", "
                  + entry.state()
                  + ", excluded since "
                  + Phrases.date(entry.excludedOn())
                  + ". Nothing confirms it is the same person: ask them, or compare the details at "
                  + "https://exclusions.oig.hhs.gov/."));
    }
    return new Result(matches, reasons);
  }
}
