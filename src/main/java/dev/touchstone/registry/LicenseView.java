package dev.touchstone.registry;

import io.micronaut.core.annotation.Nullable;
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
    @Nullable String sourceLicenseType,
    LicenseStatus status,
    @Nullable String sourceStatus,
    Name name,
    @Nullable LocalDate issuedOn,
    @Nullable LocalDate expiresOn,
    @Nullable String city,
    @Nullable String state,
    @Nullable String postalCode,
    List<ActionView> disciplinaryActions,
    @Nullable Boolean disciplineOnRecord,
    List<LicenseFlag> flags,
    boolean published,
    Instant firstSeenAt,
    Instant lastSeenAt,
    @Nullable Instant lastChangedAt,
    @Nullable String detailUrl,
    SourceRef source,
    @Nullable String practitionerId,
    List<String> npis,
    List<HistoryEntry> history) {

  @Serdeable
  public record Name(
      String full,
      @Nullable String first,
      @Nullable String middle,
      @Nullable String last,
      @Nullable String suffix,
      boolean organization) {}

  @Serdeable
  public record ActionView(
      ActionKind kind,
      @Nullable LocalDate date,
      @Nullable String action,
      @Nullable String description,
      @Nullable String caseNumber) {}

  @Serdeable
  /**
   * @param activeOnly the source lists active licenses only: a license missing from it says nothing
   *     about why
   */
  public record SourceRef(
      String id,
      String name,
      @Nullable Instant lastSyncedAt,
      @Nullable String lookupUrl,
      boolean activeOnly) {}

  @Serdeable
  public record HistoryEntry(
      Instant at, String field, @Nullable String from, @Nullable String to) {}
}
