package dev.touchstone.registry;

import java.time.LocalDate;

/**
 * One exclusion-list entry. It is current while {@code reinstatedOn} is null. The date of birth is
 * never part of it.
 *
 * @param recordKey a stable key from the entry's identity, since the list has no id of its own
 * @param npi a valid NPI, or null (none given, or failing its check digit: then {@code npiInvalid})
 */
public record NormalizedExclusion(
    String recordKey,
    String lastName,
    String firstName,
    String middleName,
    String businessName,
    String nameFolded,
    String general,
    String specialty,
    String npi,
    boolean npiInvalid,
    String type,
    LocalDate excludedOn,
    LocalDate reinstatedOn,
    LocalDate waiverOn,
    String waiverState,
    String city,
    String state,
    String postalCode) {

  public long contentHash() {
    return new ContentHash()
        .add(lastName)
        .add(firstName)
        .add(middleName)
        .add(businessName)
        .add(general)
        .add(specialty)
        .add(npi)
        .add(npiInvalid)
        .add(type)
        .add(excludedOn)
        .add(reinstatedOn)
        .add(waiverOn)
        .add(waiverState)
        .add(city)
        .add(state)
        .add(postalCode)
        .value();
  }
}
