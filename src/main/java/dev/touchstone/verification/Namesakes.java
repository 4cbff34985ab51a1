package dev.touchstone.verification;

import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseSummaries;
import dev.touchstone.registry.LicenseSummaries.LicenseSummary;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.search.NameQuery;
import dev.touchstone.search.PersonHit;
import dev.touchstone.search.PractitionerFinder;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Other people of exactly the asked name in the state whose license is revoked, suspended,
 * surrendered or denied. A check by number is about that license; whether the therapist in the room
 * is its holder is for the patient to confirm, and a namesake with a bad record is the reason to
 * confirm it — the same warning a check by name alone gives when several people match.
 */
@Singleton
class Namesakes {
  private static final Set<LicenseStatus> PROBLEMS =
      EnumSet.of(
          LicenseStatus.REVOKED,
          LicenseStatus.SUSPENDED,
          LicenseStatus.SURRENDERED,
          LicenseStatus.DENIED);
  private static final int MAX_PEOPLE = 20;

  private final PractitionerFinder finder;
  private final LicenseSummaries summaries;

  Namesakes(PractitionerFinder finder, LicenseSummaries summaries) {
    this.finder = finder;
    this.summaries = summaries;
  }

  /** The warning, when such namesakes of the license's holder exist. */
  Optional<Reason> withProblems(NameQuery name, LicenseView license, Jurisdiction state) {
    PractitionerFinder.Results people =
        finder.find(
            name,
            new PractitionerFinder.Criteria(state.code(), null, LicenseType.MASSAGE_THERAPIST));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(people.total(), MAX_PEOPLE) && people.match(i).exact(); i++) {
      PersonHit person = people.person(i);
      if (!person.practitionerId().equals(license.practitionerId())) {
        ids.addAll(person.licenseIds());
      }
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    List<LicenseSummary> troubled =
        summaries.byIds(ids).values().stream()
            .filter(
                l ->
                    l.jurisdiction().equals(state.code())
                        && l.licenseType() == LicenseType.MASSAGE_THERAPIST
                        && PROBLEMS.contains(l.status())
                        && !l.licenseNumber().equals(license.licenseNumber()))
            .sorted(Comparator.comparing(LicenseSummary::licenseNumber))
            .limit(LicenseMatcher.MAX_SHOWN)
            .toList();
    if (troubled.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(
            ReasonCode.NAMESAKE_ON_RECORD,
            (troubled.size() == 1 ? "Another person" : troubled.size() + " other people")
                + " named "
                + license.name().full()
                + " "
                + (troubled.size() == 1 ? "is" : "are")
                + " in the records of "
                + state.name()
                + ": "
                + Phrases.and(
                    troubled.stream()
                        .map(
                            l ->
                                "license "
                                    + l.licenseNumber()
                                    + ", "
                                    + l.status().name().toLowerCase(Locale.ROOT))
                        .toList())
                + ". This check is about license "
                + license.licenseNumber()
                + " only: make sure the therapist you see holds it (the name on their photo ID "
                + "and on the license should match)."));
  }
}
