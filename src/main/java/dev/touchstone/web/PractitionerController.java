package dev.touchstone.web;

import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.PractitionerIds;
import dev.touchstone.search.NameQuery;
import dev.touchstone.search.PractitionerFinder;
import dev.touchstone.search.PractitionerSearch;
import dev.touchstone.verification.Jurisdictions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Locale;

/** Name search over every license of every person, best match first, one result per person. */
@Controller("/api/v1/practitioners")
@Tag(name = "Search")
@ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class PractitionerController {
  private static final int MAX_OFFSET = 10_000;
  private final PractitionerSearch search;
  private final Jurisdictions jurisdictions;

  public PractitionerController(PractitionerSearch search, Jurisdictions jurisdictions) {
    this.search = search;
    this.jurisdictions = jurisdictions;
  }

  /**
   * By name (with the state, city and license type to narrow it), or by license number in a state,
   * typed as people type it, with no name needed.
   */
  @Get
  @Operation(operationId = "searchPractitioners")
  public PractitionerSearch.SearchResults search(
      @Nullable @QueryValue String name,
      @Nullable @QueryValue String state,
      @Nullable @QueryValue String city,
      @Nullable @QueryValue String licenseType,
      @Nullable @QueryValue String licenseNumber,
      @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue Integer offset) {
    NameQuery query = licenseNumber != null && name == null ? null : checkedName(name);
    String jurisdiction = null;
    if (state != null) {
      RequestChecks.jurisdiction("state", state);
      jurisdiction = state.toUpperCase(Locale.ROOT);
      if (jurisdictions.find(jurisdiction).isEmpty()) {
        throw ApiProblemException.invalid(
            "state",
            "'" + state + "' is not a US state code; use two letters such as WA, TX or FL");
      }
    }
    if (city != null && city.length() > 100) {
      throw ApiProblemException.invalid("city", "must be at most 100 characters");
    }
    int pageSize = RequestChecks.limit(limit, 20, 100);
    int start = offset == null ? 0 : offset;
    if (start < 0 || start > MAX_OFFSET) {
      throw ApiProblemException.invalid(
          "offset", "must be between 0 and " + MAX_OFFSET + ", got " + start);
    }
    if (licenseNumber != null) {
      if (jurisdiction == null) {
        throw ApiProblemException.invalid(
            "state",
            "is required with licenseNumber: the state whose board issued it, e.g. state=FL");
      }
      RequestChecks.licenseNumber("licenseNumber", licenseNumber);
      return search.byNumber(jurisdiction, licenseNumber, query, pageSize, start);
    }
    return search.search(
        query,
        new PractitionerFinder.Criteria(jurisdiction, city, type(licenseType)),
        pageSize,
        start);
  }

  /** One person's licenses by practitioner id. */
  @Get("/{id}")
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "getPractitioner")
  public PractitionerSearch.Person find(String id) {
    if (!PractitionerIds.isWellFormed(id)) {
      throw ApiProblemException.invalid(
          "id", "a practitioner id looks like npi-1234567893 or lic-42, as search results give it");
    }
    return search
        .person(id)
        .orElseThrow(
            () -> ApiProblemException.notFound("no practitioner " + id + " is in the registry"));
  }

  private static NameQuery checkedName(String name) {
    if (name == null || name.isBlank()) {
      throw ApiProblemException.invalid(
          "name", "is required: a therapist's name, e.g. name=Jane%20Doe");
    }
    if (name.length() < 2 || name.length() > 100) {
      throw ApiProblemException.invalid(
          "name", "must be 2 to 100 characters, got " + name.length());
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
      throw ApiProblemException.invalid(
          "licenseType",
          "must be one of "
              + Arrays.toString(LicenseType.values())
              + ", got '"
              + RequestChecks.shorten(licenseType)
              + "'");
    }
  }
}
