package dev.touchstone.source;

import java.util.List;

/**
 * Paged queries against the NPPES NPI Registry API: one query per state, paged with {@code
 * limit}/{@code skip}.
 *
 * @param states the states to query
 * @param taxonomyDescription the {@code taxonomy_description} filter
 * @param pageSize {@code limit}; the API caps it at 200
 * @param maxSkip the largest {@code skip} the API accepts (1000)
 */
public record JsonApiSettings(
    List<String> states,
    String taxonomyDescription,
    String version,
    Integer pageSize,
    Integer maxSkip) {

  public JsonApiSettings {
    states = states == null ? List.of() : List.copyOf(states);
    version = version == null ? "2.1" : version;
    pageSize = pageSize == null ? 200 : pageSize;
    maxSkip = maxSkip == null ? 1000 : maxSkip;
    if (taxonomyDescription == null || taxonomyDescription.isBlank()) {
      throw new IllegalArgumentException("json-api.taxonomy-description is required");
    }
    if (pageSize < 1 || pageSize > 200) {
      throw new IllegalArgumentException(
          "json-api.page-size must be between 1 and 200, got " + pageSize);
    }
    for (String state : states) {
      if (!state.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException(
            "json-api.states: '" + state + "' is not a two-letter state code");
      }
    }
  }
}
