package dev.touchstone.search;

import dev.touchstone.registry.LicenseSummaries;
import dev.touchstone.registry.LicenseSummaries.LicenseSummary;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Name search as the API and the patient's page both answer it: a page of people with their
 * licenses.
 */
@Singleton
public class PractitionerSearch {
  private final PractitionerFinder finder;
  private final LicenseSummaries summaries;

  PractitionerSearch(PractitionerFinder finder, LicenseSummaries summaries) {
    this.finder = finder;
    this.summaries = summaries;
  }

  @Serdeable
  public record SearchResults(int total, int limit, int offset, List<Result> results) {}

  /** A person: every license they hold, and same-name licenses that are not proven to be theirs. */
  @Serdeable
  public record Result(
      String practitionerId,
      String name,
      double score,
      boolean exactName,
      List<String> nameDifferences,
      List<LicenseSummary> licenses,
      List<LicenseSummary> possibleMatches) {}

  @Serdeable
  public record Person(String practitionerId, String name, List<LicenseSummary> licenses) {}

  /** People matching the name, best first, from {@code offset}, at most {@code limit}. */
  public SearchResults search(
      NameQuery query, PractitionerFinder.Criteria criteria, int limit, int offset) {
    PractitionerFinder.Results people = finder.find(query, criteria);
    List<PersonHit> page = people.people(offset, offset + limit);
    List<Long> ids = new ArrayList<>();
    page.forEach(
        p -> {
          ids.addAll(p.licenseIds());
          ids.addAll(p.sameNameLicenseIds());
        });
    Map<Long, LicenseSummary> byId = summaries.byIds(ids);
    List<Result> results =
        page.stream()
            .map(
                p ->
                    new Result(
                        p.practitionerId(),
                        byId.containsKey(p.bestLicenseId())
                            ? byId.get(p.bestLicenseId()).name()
                            : null,
                        Math.round(p.match().score() * 100) / 100.0,
                        p.match().exact(),
                        p.match().differences(),
                        p.licenseIds().stream().map(byId::get).filter(Objects::nonNull).toList(),
                        p.sameNameLicenseIds().stream()
                            .map(byId::get)
                            .filter(Objects::nonNull)
                            .toList()))
            .toList();
    return new SearchResults(people.total(), limit, offset, results);
  }

  /** One person's licenses by practitioner id; empty when the registry holds none. */
  public Optional<Person> person(String id) {
    List<LicenseSummary> licenses =
        summaries.byIds(finder.licensesOf(id)).values().stream()
            .sorted(
                Comparator.comparing(LicenseSummary::jurisdiction)
                    .thenComparing(LicenseSummary::licenseNumber))
            .toList();
    return licenses.isEmpty()
        ? Optional.empty()
        : Optional.of(new Person(id, licenses.get(0).name(), licenses));
  }
}
