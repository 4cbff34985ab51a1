package dev.touchstone.web;

import dev.touchstone.registry.LicenseSummaries;
import dev.touchstone.registry.LicenseSummaries.LicenseSummary;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.PractitionerIds;
import dev.touchstone.search.NameQuery;
import dev.touchstone.search.PersonHit;
import dev.touchstone.search.PractitionerFinder;
import dev.touchstone.verification.Jurisdictions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Name search over every license of every person, best match first, one result per person. */
@Controller("/api/v1/practitioners")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PractitionerController {
  private static final int MAX_OFFSET = 10_000;
  private final PractitionerFinder finder;
  private final LicenseSummaries summaries;
  private final Jurisdictions jurisdictions;

  public PractitionerController(PractitionerFinder finder, LicenseSummaries summaries, Jurisdictions jurisdictions) {
    this.finder = finder;
    this.summaries = summaries;
    this.jurisdictions = jurisdictions;
  }

  @Serdeable
  public record SearchResults(int total, int limit, int offset, List<Result> results) {}

  /** A person: every license they hold, and same-name licenses that are not proven to be theirs. */
  @Serdeable
  public record Result(String practitionerId, String name, double score, boolean exactName, List<String> nameDifferences,
      List<LicenseSummary> licenses, List<LicenseSummary> possibleMatches) {}

  @Serdeable
  public record Person(String practitionerId, String name, List<LicenseSummary> licenses) {}

  @Get
  public SearchResults search(@Nullable @QueryValue String name, @Nullable @QueryValue String state,
      @Nullable @QueryValue String city, @Nullable @QueryValue String licenseType, @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue Integer offset) {
    NameQuery query = checkedName(name);
    String jurisdiction = null;
    if (state != null) {
      RequestChecks.jurisdiction("state", state);
      jurisdiction = state.toUpperCase(Locale.ROOT);
      if (jurisdictions.find(jurisdiction).isEmpty()) {
        throw ApiProblemException.invalid("state", "'" + state + "' is not a US state code; use two letters such as WA, TX or FL");
      }
    }
    if (city != null && city.length() > 100) {
      throw ApiProblemException.invalid("city", "must be at most 100 characters");
    }
    int pageSize = RequestChecks.limit(limit, 20, 100);
    int start = offset == null ? 0 : offset;
    if (start < 0 || start > MAX_OFFSET) {
      throw ApiProblemException.invalid("offset", "must be between 0 and " + MAX_OFFSET + ", got " + start);
    }
    PractitionerFinder.Results people = finder.find(query, new PractitionerFinder.Criteria(jurisdiction, city, type(licenseType)));
    List<PersonHit> page = people.people(start, start + pageSize);
    List<Long> ids = new ArrayList<>();
    page.forEach(p -> {
      ids.addAll(p.licenseIds());
      ids.addAll(p.sameNameLicenseIds());
    });
    Map<Long, LicenseSummary> byId = summaries.byIds(ids);
    List<Result> results = page.stream().map(p -> new Result(p.practitionerId(),
        byId.containsKey(p.bestLicenseId()) ? byId.get(p.bestLicenseId()).name() : null,
        Math.round(p.match().score() * 100) / 100.0, p.match().exact(), p.match().differences(),
        p.licenseIds().stream().map(byId::get).filter(Objects::nonNull).toList(),
        p.sameNameLicenseIds().stream().map(byId::get).filter(Objects::nonNull).toList())).toList();
    return new SearchResults(people.total(), pageSize, start, results);
  }

  /** One person's licenses by practitioner id. */
  @Get("/{id}")
  public Person find(String id) {
    if (!PractitionerIds.isWellFormed(id)) {
      throw ApiProblemException.invalid("id", "a practitioner id looks like npi-1234567893 or lic-42, as search results give it");
    }
    List<LicenseSummary> licenses = summaries.byIds(finder.licensesOf(id)).values().stream()
        .sorted(Comparator.comparing(LicenseSummary::jurisdiction).thenComparing(LicenseSummary::licenseNumber)).toList();
    if (licenses.isEmpty()) {
      throw ApiProblemException.notFound("no practitioner " + id + " is in the registry");
    }
    return new Person(id, licenses.get(0).name(), licenses);
  }

  private static NameQuery checkedName(String name) {
    if (name == null || name.isBlank()) {
      throw ApiProblemException.invalid("name", "is required: a therapist's name, e.g. name=Jane%20Doe");
    }
    if (name.length() < 2 || name.length() > 100) {
      throw ApiProblemException.invalid("name", "must be 2 to 100 characters, got " + name.length());
    }
    NameQuery query = NameQuery.parse(name);
    if (query.isEmpty()) {
      throw ApiProblemException.invalid("name", "needs letters, e.g. Jane Doe");
    }
    return query;
  }

  private static LicenseType type(String licenseType) {
    if (licenseType == null) {
      return null;
    }
    try {
      return LicenseType.valueOf(licenseType.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblemException.invalid("licenseType", "must be one of " + Arrays.toString(LicenseType.values()) + ", got '"
          + RequestChecks.shorten(licenseType) + "'");
    }
  }
}
