package dev.touchstone.search;

import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseSummaries;
import dev.touchstone.registry.LicenseSummaries.LicenseSummary;
import dev.touchstone.registry.LicenseView;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
  private final LicenseQueries licenses;
  private final NameMatcher names;

  PractitionerSearch(
      PractitionerFinder finder,
      LicenseSummaries summaries,
      LicenseQueries licenses,
      NameMatcher names) {
    this.names = names;
    this.finder = finder;
    this.summaries = summaries;
    this.licenses = licenses;
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

  /**
   * The people holding the licenses a number can be in the jurisdiction, typed as people type it
   * ({@link LicenseQueries#match}): usually one; several when the digits number several licenses.
   * With a name, only those it matches.
   */
  public SearchResults byNumber(
      String jurisdiction, String licenseNumber, NameQuery name, int limit, int offset) {
    Map<String, Result> people = new LinkedHashMap<>();
    for (LicenseView license : licenses.match(jurisdiction, licenseNumber).licenses()) {
      if (name != null
          && !names
              .match(
                  name,
                  StoredName.of(
                      license.name().first(), license.name().middle(), license.name().last()))
              .matches()) {
        continue;
      }
      people.computeIfAbsent(
          license.practitionerId(),
          id -> {
            List<LicenseSummary> held = person(id).map(Person::licenses).orElse(List.of());
            return new Result(id, license.name().full(), 1.0, true, List.of(), held, List.of());
          });
    }
    List<Result> all = new ArrayList<>(people.values());
    return new SearchResults(
        all.size(),
        limit,
        offset,
        all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
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
