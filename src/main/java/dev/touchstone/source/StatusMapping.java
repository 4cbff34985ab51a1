package dev.touchstone.source;

import dev.touchstone.registry.LicenseStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the source's status words become our status.
 *
 * @param fields the columns holding the status; their values, joined by " / ", are the source's own
 *     words ({@code sourceStatus})
 * @param words the first field's word (case-insensitive) to our status, used when no rule matched
 * @param rules ordered rules over several columns; the first match wins
 * @param deriveFromExpiry the source has no status column: ACTIVE while the expiry date is on or
 *     after the sync's as-of date, EXPIRED after it, UNKNOWN without one (TX)
 * @param notLicenses the first field's words (case-insensitive) that mark a row as something other
 *     than a license, such as an application (CT {@code APPROVED}): such rows are filtered and
 *     counted, never loaded
 */
public record StatusMapping(
    List<String> fields,
    Map<String, LicenseStatus> words,
    List<StatusRule> rules,
    Boolean deriveFromExpiry,
    List<String> notLicenses) {

  public StatusMapping {
    fields = fields == null ? List.of() : List.copyOf(fields);
    rules = rules == null ? List.of() : List.copyOf(rules);
    deriveFromExpiry = deriveFromExpiry != null && deriveFromExpiry;
    Map<String, LicenseStatus> folded = new TreeMap<>();
    if (words != null) {
      words.forEach((word, status) -> folded.put(word.trim().toUpperCase(Locale.ROOT), status));
    }
    words = Map.copyOf(folded);
    notLicenses =
        notLicenses == null
            ? List.of()
            : notLicenses.stream().map(w -> w.trim().toUpperCase(Locale.ROOT)).toList();
    if (!deriveFromExpiry && fields.isEmpty()) {
      throw new IllegalArgumentException(
          "license.status.fields must name the status column(s), or set derive-from-expiry: true");
    }
    if (!deriveFromExpiry && words.isEmpty() && rules.isEmpty()) {
      throw new IllegalArgumentException(
          "license.status needs 'words' or 'rules' to map the source's status words");
    }
    for (String word : notLicenses) {
      if (words.containsKey(word)) {
        throw new IllegalArgumentException(
            "license.status: '" + word + "' is listed both in 'words' and in 'not-licenses'");
      }
    }
  }

  /** The first status field's word when it marks the row as not a license, else null. */
  public String notALicense(java.util.function.Function<String, String> valueOf) {
    if (notLicenses.isEmpty() || fields.isEmpty()) {
      return null;
    }
    String word = valueOf.apply(fields.get(0));
    return word != null && notLicenses.contains(word.trim().toUpperCase(Locale.ROOT)) ? word : null;
  }
}
