package dev.touchstone.normalize;

import dev.touchstone.registry.LicenseNumbers;
import dev.touchstone.registry.NormalizedNpiRegistration;
import dev.touchstone.registry.NormalizedNpiRegistration.DeclaredLicense;
import dev.touchstone.registry.PersonName;
import dev.touchstone.registry.PersonNames;
import dev.touchstone.source.RawRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an NPPES result into an NPI registration with the massage licenses it declares. Only the
 * massage-therapist taxonomy with both a state and a license number yields a link; "--" means none;
 * the authorized official of an organization is not a licensee and is not read.
 */
public final class NpiNormalizer {
  /**
   * NUCC's Massage Therapist taxonomy, the only massage code in the NUCC lists (FORMATS.md section
   * 11).
   */
  public static final String MASSAGE_THERAPIST_TAXONOMY = "225700000X";

  private final String taxonomyCode;
  private final SourceDates dates;
  private final java.util.function.BinaryOperator<String> lookupKey;

  /**
   * @param lookupKey a declared license's lookup key from its state and number ({@link
   *     LicenseKeys#lookupKey})
   */
  public NpiNormalizer(
      String taxonomyCode, java.util.function.BinaryOperator<String> lookupKey, SourceDates dates) {
    this.taxonomyCode = taxonomyCode;
    this.lookupKey = lookupKey;
    this.dates = dates;
  }

  public Outcome<NormalizedNpiRegistration> normalize(RawRecord record) {
    String npi = record.get("number");
    if (npi == null) {
      return new Outcome.Quarantined<>(
          record.file(), record.row(), QuarantineReason.MISSING_KEY_FIELD, "no NPI number", null);
    }
    if (!Npis.isValid(npi)) {
      return new Outcome.Quarantined<>(
          record.file(),
          record.row(),
          QuarantineReason.MISSING_KEY_FIELD,
          "NPI " + npi + " fails its check digit",
          null);
    }
    List<DeclaredLicense> licenses = new ArrayList<>();
    boolean massage = false;
    for (int i = 0; record.get("taxonomies." + i + ".code") != null; i++) {
      if (!taxonomyCode.equals(record.get("taxonomies." + i + ".code"))) {
        continue;
      }
      massage = true;
      String state = placeholder(record.get("taxonomies." + i + ".state"));
      String license = placeholder(record.get("taxonomies." + i + ".license"));
      if (state != null && license != null && !LicenseNumbers.key(license).isEmpty()) {
        String jurisdiction = state.toUpperCase(java.util.Locale.ROOT);
        licenses.add(
            new DeclaredLicense(
                jurisdiction,
                license,
                lookupKey.apply(jurisdiction, license),
                taxonomyCode,
                "true".equalsIgnoreCase(record.get("taxonomies." + i + ".primary"))));
      }
    }
    if (!massage) {
      return new Outcome.Filtered<>("no " + taxonomyCode + " taxonomy");
    }
    String type = record.get("enumeration_type");
    PersonName name =
        "NPI-2".equals(type)
            ? organization(record)
            : PersonNames.fromParts(
                placeholder(record.get("basic.first_name")),
                placeholder(record.get("basic.middle_name")),
                placeholder(record.get("basic.last_name")),
                placeholder(record.get("basic.name_suffix")));
    if (name == null || name.full().isEmpty()) {
      return new Outcome.Quarantined<>(
          record.file(),
          record.row(),
          QuarantineReason.MISSING_NAME,
          "NPI " + npi + " has no name",
          null);
    }
    LocalDate enumeratedOn;
    try {
      enumeratedOn = dates.parse("basic.enumeration_date", record.get("basic.enumeration_date"));
    } catch (RowRejectedException e) {
      return new Outcome.Quarantined<>(
          record.file(), record.row(), e.reason(), e.getMessage() + " (NPI " + npi + ")", null);
    }
    int location = locationAddress(record);
    PostalCodes.PostalCode zip =
        location < 0
            ? null
            : PostalCodes.normalize(record.get("addresses." + location + ".postal_code"));
    return new Outcome.Loaded<>(
        new NormalizedNpiRegistration(
            npi,
            type == null ? "NPI-1" : type,
            name,
            record.get("basic.status"),
            enumeratedOn,
            location < 0 ? null : record.get("addresses." + location + ".city"),
            location < 0 ? null : record.get("addresses." + location + ".state"),
            zip == null ? null : zip.code(),
            licenses));
  }

  private static PersonName organization(RawRecord record) {
    String name = placeholder(record.get("basic.organization_name"));
    return name == null ? null : PersonName.organization(name);
  }

  private static int locationAddress(RawRecord record) {
    int any = -1;
    for (int i = 0;
        record.get("addresses." + i + ".address_purpose") != null
            || record.get("addresses." + i + ".city") != null;
        i++) {
      if ("LOCATION".equalsIgnoreCase(record.get("addresses." + i + ".address_purpose"))) {
        return i;
      }
      any = any < 0 ? i : any;
    }
    return any;
  }

  private static String placeholder(String value) {
    return value == null || value.equals("--") ? null : value;
  }
}
