package dev.touchstone.web;

import dev.touchstone.registry.LicenseNumbers;
import java.util.regex.Pattern;

/** Checks shared by several endpoints, each failing with a 400 that says how to fix the value. */
final class RequestChecks {
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

  private RequestChecks() {}

  static void jurisdiction(String field, String value) {
    if (value == null || !TWO_LETTERS.matcher(value).matches()) {
      throw ApiProblemException.invalid(
          field, "use a two-letter state code such as WA or fl, got '" + shorten(value) + "'");
    }
  }

  /** A license number as people type it: 1 to 40 characters, at least one letter or digit. */
  static void licenseNumber(String field, String value) {
    if (value.length() > 40 || LicenseNumbers.key(value).isEmpty()) {
      throw ApiProblemException.invalid(
          field,
          "a license number has 1 to 40 characters with at least one letter or digit, e.g. MA60218734");
    }
  }

  static int limit(Integer value, int defaultValue, int max) {
    if (value == null) {
      return defaultValue;
    }
    if (value < 1 || value > max) {
      throw ApiProblemException.invalid("limit", "must be between 1 and " + max + ", got " + value);
    }
    return value;
  }

  static String shorten(String value) {
    return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
