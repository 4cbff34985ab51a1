package dev.touchstone.normalize;

import dev.touchstone.registry.Action;
import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseNumbers;
import dev.touchstone.source.ComplaintMapping;
import dev.touchstone.source.RawRecord;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a complaints-file row (one case activity) into an action on a license number. An
 * administrative complaint is an allegation and stays a {@code COMPLAINT}; only the configured
 * order activities are {@code DISCIPLINE}.
 */
public final class ComplaintNormalizer {
  private final ComplaintMapping mapping;
  private final SourceDates dates;
  private final Map<String, String> prefixes = new TreeMap<>();

  public ComplaintNormalizer(ComplaintMapping mapping, SourceDates dates) {
    this.mapping = mapping;
    this.dates = dates;
    mapping
        .prefixes()
        .forEach(
            (profession, prefix) ->
                prefixes.put(profession.trim().toUpperCase(Locale.ROOT), prefix));
  }

  /** A case activity and the key of the license it belongs to. */
  public record Entry(String licenseKey, Action action) {}

  public Outcome<Entry> normalize(RawRecord record) {
    if (record.problem() != null) {
      return new Outcome.Quarantined<>(
          record.file(), record.row(), QuarantineReason.FIELD_COUNT, record.problem(), null);
    }
    String profession = record.get(mapping.profession());
    String prefix = profession == null ? null : prefixes.get(profession.toUpperCase(Locale.ROOT));
    if (prefix == null) {
      return new Outcome.Filtered<>(profession == null ? "(no profession)" : profession);
    }
    String number = record.get(mapping.licenseNumber());
    if (number == null) {
      return quarantine(
          record, QuarantineReason.MISSING_KEY_FIELD, "no " + mapping.licenseNumber(), null);
    }
    String displayed =
        number.toUpperCase(Locale.ROOT).startsWith(prefix) ? number : prefix + number;
    String key = LicenseNumbers.key(displayed);
    String activity = record.get(mapping.activity());
    if (activity == null) {
      return quarantine(
          record, QuarantineReason.MISSING_KEY_FIELD, "no " + mapping.activity(), key);
    }
    LocalDate date;
    try {
      date = dates.parse(mapping.date(), record.get(mapping.date()));
    } catch (RowRejectedException e) {
      return quarantine(record, e.reason(), e.getMessage() + " (license " + key + ")", key);
    }
    boolean discipline = mapping.isDiscipline(activity);
    String caseNumber = mapping.caseNumber() == null ? null : record.get(mapping.caseNumber());
    String description;
    if (!discipline) {
      description = "A complaint was filed; this is an allegation, not a finding of wrongdoing.";
    } else if (caseNumber != null) {
      description = "Board order in case " + caseNumber;
    } else {
      description = "A board action listed in the board's register of disciplinary actions.";
    }
    Action action =
        new Action(
            discipline ? ActionKind.DISCIPLINE : ActionKind.COMPLAINT,
            date,
            activity,
            description,
            caseNumber);
    return new Outcome.Loaded<>(new Entry(key, action));
  }

  private static Outcome<Entry> quarantine(
      RawRecord record, QuarantineReason reason, String detail, String key) {
    return new Outcome.Quarantined<>(record.file(), record.row(), reason, detail, key);
  }
}
