package dev.touchstone.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * An NPI and the state massage licenses it declares. Corroboration only: it links to licenses
 * already loaded from their boards and never changes their status.
 */
public record NormalizedNpiRegistration(
    String npi,
    String enumerationType,
    PersonName name,
    String npiStatus,
    LocalDate enumeratedOn,
    String city,
    String state,
    String postalCode,
    List<DeclaredLicense> licenses) {

  /** A taxonomy entry's state license, with the key it is matched on. */
  public record DeclaredLicense(
      String jurisdiction,
      String licenseText,
      String licenseKey,
      String taxonomyCode,
      boolean primary) {}

  public long contentHash() {
    ContentHash hash =
        new ContentHash()
            .add(npi)
            .add(enumerationType)
            .add(name.full())
            .add(name.first())
            .add(name.middle())
            .add(name.last())
            .add(name.suffix())
            .add(npiStatus)
            .add(enumeratedOn)
            .add(city)
            .add(state)
            .add(postalCode);
    licenses.forEach(
        l ->
            hash.add(l.jurisdiction()).add(l.licenseText()).add(l.taxonomyCode()).add(l.primary()));
    return hash.value();
  }
}
