package dev.touchstone.normalize;

import dev.touchstone.registry.ContentHash;
import dev.touchstone.registry.NormalizedExclusion;
import dev.touchstone.registry.PersonNames;
import dev.touchstone.source.ExclusionMapping;
import dev.touchstone.source.RawRecord;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns an exclusion-list row into an {@link NormalizedExclusion}; the DOB column is never read.
 */
public final class ExclusionNormalizer {
  private final ExclusionMapping mapping;
  private final SourceDates dates;

  public ExclusionNormalizer(ExclusionMapping mapping, SourceDates dates) {
    this.mapping = mapping;
    this.dates = dates;
  }

  public Outcome<NormalizedExclusion> normalize(RawRecord record) {
    if (record.problem() != null) {
      return new Outcome.Quarantined<>(
          record.file(), record.row(), QuarantineReason.FIELD_COUNT, record.problem(), null);
    }
    try {
      return new Outcome.Loaded<>(build(record));
    } catch (RowRejectedException e) {
      return new Outcome.Quarantined<>(
          record.file(), record.row(), e.reason(), e.getMessage(), null);
    }
  }

  private NormalizedExclusion build(RawRecord record) {
    String last = PersonNames.clean(record.get(mapping.lastName()));
    String first = PersonNames.clean(record.get(mapping.firstName()));
    String middle = PersonNames.clean(record.get(mapping.middleName()));
    String business = PersonNames.clean(record.get(mapping.businessName()));
    if (last == null && business == null) {
      throw new RowRejectedException(
          QuarantineReason.MISSING_NAME,
          "neither " + mapping.lastName() + " nor " + mapping.businessName());
    }
    String type = record.get(mapping.type());
    if (type == null) {
      throw new RowRejectedException(QuarantineReason.MISSING_KEY_FIELD, "no " + mapping.type());
    }
    if (record.get(mapping.excludedOn()) == null) {
      throw new RowRejectedException(
          QuarantineReason.MISSING_KEY_FIELD, "no " + mapping.excludedOn());
    }
    LocalDate excludedOn = dates.parse(mapping.excludedOn(), record.get(mapping.excludedOn()));
    if (excludedOn == null) {
      throw new RowRejectedException(
          QuarantineReason.MISSING_KEY_FIELD, "no " + mapping.excludedOn());
    }
    LocalDate reinstatedOn =
        dates.parse(mapping.reinstatedOn(), record.get(mapping.reinstatedOn()));
    LocalDate waiverOn = dates.parse(mapping.waiverOn(), record.get(mapping.waiverOn()));
    String rawNpi = record.get(mapping.npi());
    boolean npiGiven = rawNpi != null && !rawNpi.matches("0+");
    String npi = npiGiven && Npis.isValid(rawNpi) ? rawNpi : null;
    String state = record.get(mapping.state());
    PostalCodes.PostalCode zip = PostalCodes.normalize(record.get(mapping.postalCode()));
    String folded =
        last != null
            ? Folding.fold(String.join(" ", nonNull(first, middle, last)))
            : Folding.fold(business);
    String key =
        Long.toHexString(
            new ContentHash()
                .add(Folding.fold(last))
                .add(Folding.fold(first))
                .add(Folding.fold(middle))
                .add(Folding.fold(business))
                .add(rawNpi)
                .add(type.toUpperCase(Locale.ROOT))
                .add(excludedOn)
                .add(state)
                .value());
    return new NormalizedExclusion(
        key,
        last,
        first,
        middle,
        business,
        folded,
        record.get(mapping.general()),
        record.get(mapping.specialty()),
        npi,
        npiGiven && npi == null,
        type,
        excludedOn,
        reinstatedOn,
        waiverOn,
        record.get(mapping.waiverState()),
        record.get(mapping.city()),
        state == null ? null : state.toUpperCase(Locale.ROOT),
        zip == null ? null : zip.code());
  }

  private static String[] nonNull(String... parts) {
    return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toArray(String[]::new);
  }
}
