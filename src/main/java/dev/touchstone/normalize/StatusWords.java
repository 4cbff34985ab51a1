package dev.touchstone.normalize;

import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.StatusMapping;
import dev.touchstone.source.StatusRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a board's status words to our vocabulary. A word the mapping does not know is UNKNOWN, never
 * ACTIVE.
 */
final class StatusWords {
  private final StatusMapping mapping;

  public StatusWords(StatusMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * @param sourceStatus the board's own words, joined " / " when several columns hold them
   */
  public record Resolved(LicenseStatus status, String sourceStatus) {}

  public Resolved resolve(RawRecord record, LocalDate expiresOn, LocalDate asOf) {
    if (mapping.deriveFromExpiry()) {
      if (expiresOn == null) {
        return new Resolved(LicenseStatus.UNKNOWN, null);
      }
      return new Resolved(
          expiresOn.isBefore(asOf) ? LicenseStatus.EXPIRED : LicenseStatus.ACTIVE, null);
    }
    List<String> words = new ArrayList<>();
    for (String field : mapping.fields()) {
      String value = record.get(field);
      if (value != null) {
        words.add(value);
      }
    }
    String sourceStatus = words.isEmpty() ? null : String.join(" / ", words);
    for (StatusRule rule : mapping.rules()) {
      if (rule.matches(record::get)) {
        return new Resolved(rule.status(), sourceStatus);
      }
    }
    String first = record.get(mapping.fields().get(0));
    LicenseStatus word = first == null ? null : mapping.words().get(first.toUpperCase(Locale.ROOT));
    if (word != null) {
      return new Resolved(word, sourceStatus);
    }
    return new Resolved(LicenseStatus.UNKNOWN, sourceStatus);
  }
}
