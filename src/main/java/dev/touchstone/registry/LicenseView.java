package dev.touchstone.registry;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A license as the API shows it (API.md, "Licenses"). */
@Serdeable
public record LicenseView(
    String jurisdiction,
    String licenseNumber,
    LicenseType licenseType,
    String sourceLicenseType,
    LicenseStatus status,
    String sourceStatus,
    Name name,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String city,
    String state,
    String postalCode,
    List<ActionView> disciplinaryActions,
    Boolean disciplineOnRecord,
    List<LicenseFlag> flags,
    boolean published,
    Instant firstSeenAt,
    Instant lastSeenAt,
    Instant lastChangedAt,
    String detailUrl,
    SourceRef source,
    String practitionerId,
    List<String> npis,
    List<HistoryEntry> history) {

  @Serdeable
  public record Name(
      String full, String first, String middle, String last, String suffix, boolean organization) {}

  @Serdeable
  public record ActionView(
      ActionKind kind, LocalDate date, String action, String description, String caseNumber) {}

  @Serdeable
  public record SourceRef(String id, String name, Instant lastSyncedAt, String lookupUrl) {}

  @Serdeable
  public record HistoryEntry(Instant at, String field, String from, String to) {}
}
