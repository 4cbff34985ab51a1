package dev.touchstone.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a request that may be answered in JSON or CSV asked for CSV first. A client generated
 * from the OpenAPI document sends {@code Accept: application/json, text/csv} and must get JSON; a
 * spreadsheet export sends {@code text/csv}. Quality values count, then order; anything else
 * ({@code *}/{@code *}, none) is JSON.
 */
final class CsvOrJson {
  private CsvOrJson() {}

  static boolean wantsCsv(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> ranked = MediaType.orderedOf(Arrays.asList(accept.split(",")));
    return ranked.stream()
        .map(MediaType::getName)
        .filter(name -> name.equals("text/csv") || name.equals(MediaType.APPLICATION_JSON))
        .findFirst()
        .map(name -> name.equals("text/csv"))
        .orElse(false);
  }
}
