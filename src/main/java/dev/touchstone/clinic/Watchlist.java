package dev.touchstone.clinic;

import dev.touchstone.registry.LicenseChanges;
import dev.touchstone.registry.LicenseKeys;
import dev.touchstone.registry.LicenseNumbers;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The licenses an organization watches. One entry per license however it is typed (the lookup key),
 * so adding the same roster twice changes nothing; only an explicit removal takes one off.
 */
@Singleton
public class Watchlist {
  private static final Sort BY_LICENSE =
      Sort.of(Sort.Order.asc("jurisdiction"), Sort.Order.asc("lookupKey"));

  private final WatchRepository watches;
  private final OrganizationRepository organizations;
  private final Clock clock;
  private final LicenseKeys keys;
  private final ApplicationEventPublisher<WatchesAdded> events;

  Watchlist(
      WatchRepository watches,
      OrganizationRepository organizations,
      Clock clock,
      LicenseKeys keys,
      ApplicationEventPublisher<WatchesAdded> events) {
    this.events = events;
    this.watches = watches;
    this.organizations = organizations;
    this.clock = clock;
    this.keys = keys;
  }

  public record Entry(
      UUID id,
      String jurisdiction,
      String licenseNumber,
      String label,
      Instant addedAt,
      String expectedName) {}

  /** What adding did: the entry, and whether it was already there. */
  public record Added(Entry entry, boolean alreadyWatched) {}

  /** Watches just added, announced once their transaction commits. */
  record WatchesAdded(UUID organizationId, List<UUID> watchIds) {}

  /** A license to add: as typed, and the name the clinic expects on it (null: none). */
  public record Wanted(
      String jurisdiction, String licenseNumber, String label, String expectedName) {
    public Wanted(String jurisdiction, String licenseNumber, String label) {
      this(jurisdiction, licenseNumber, label, null);
    }
  }

  public Added add(UUID organizationId, Wanted wanted) {
    return addAll(organizationId, List.of(wanted)).get(0);
  }

  /** Adds each license not yet watched, in one transaction: a roster lands whole or not at all. */
  @Transactional
  public List<Added> addAll(UUID organizationId, List<Wanted> wanted) {
    List<Added> added = new ArrayList<>(wanted.size());
    for (Wanted license : wanted) {
      String jurisdiction = license.jurisdiction().toUpperCase(Locale.ROOT);
      String lookupKey = keys.lookupKey(jurisdiction, license.licenseNumber());
      Optional<WatchRow> existing =
          watches.findByOrganizationIdAndJurisdictionAndLookupKey(
              organizationId, jurisdiction, lookupKey);
      if (existing.isPresent()) {
        added.add(new Added(entry(existing.get()), true));
      } else {
        WatchRow row =
            watches.save(
                new WatchRow(
                    UUID.randomUUID(),
                    organizationId,
                    jurisdiction,
                    license.licenseNumber().strip(),
                    lookupKey,
                    license.label(),
                    clock.instant(),
                    license.expectedName()));
        added.add(new Added(entry(row), false));
      }
    }
    List<UUID> fresh =
        added.stream().filter(a -> !a.alreadyWatched()).map(a -> a.entry().id()).toList();
    if (!fresh.isEmpty()) {
      // Heard after the commit (AlertGenerator), so a license already in trouble alerts at once.
      events.publishEvent(new WatchesAdded(organizationId, fresh));
    }
    return added;
  }

  public List<Entry> list(UUID organizationId) {
    return watches.findByOrganizationId(organizationId, BY_LICENSE).stream()
        .map(Watchlist::entry)
        .toList();
  }

  /** A watch of any organization, with the warning days its organization set for expiries. */
  record Watch(
      UUID organizationId,
      UUID id,
      String label,
      LicenseChanges.Key license,
      String licenseNumber,
      Instant since,
      String expiryAlertDays,
      String expectedName) {

    /**
     * Whether the license with this number is the watched one: licenses of other types can share a
     * lookup key (Florida's {@code MA50042} and {@code MM50042}).
     */
    boolean names(String number) {
      return LicenseNumbers.compatible(licenseNumber, number);
    }
  }

  /** Some of an organization's watches, by id. */
  List<Watch> watches(UUID organizationId, List<UUID> ids) {
    String alertDays =
        organizations.findById(organizationId).map(OrganizationRow::expiryAlertDays).orElse(null);
    return watches.findByIdIn(ids).stream()
        .filter(row -> row.organizationId().equals(organizationId))
        .map(row -> watch(row, alertDays))
        .toList();
  }

  /** Every organization's watches, for the alerts after a sync. */
  List<Watch> everyWatch() {
    Map<UUID, String> alertDays = new HashMap<>();
    organizations
        .findAll()
        .forEach(organization -> alertDays.put(organization.id(), organization.expiryAlertDays()));
    return watches
        .findAll(
            Sort.of(
                Sort.Order.asc("organizationId"),
                Sort.Order.asc("jurisdiction"),
                Sort.Order.asc("lookupKey")))
        .stream()
        .map(row -> watch(row, alertDays.get(row.organizationId())))
        .toList();
  }

  private static Watch watch(WatchRow row, String alertDays) {
    return new Watch(
        row.organizationId(),
        row.id(),
        row.label(),
        new LicenseChanges.Key(row.jurisdiction(), row.lookupKey()),
        row.licenseNumber(),
        row.createdAt(),
        alertDays,
        row.expectedName());
  }

  /**
   * Removes one of the organization's entries; false when it has no such entry (another's is none
   * of its own).
   */
  public boolean remove(UUID organizationId, UUID entryId) {
    return watches.deleteByIdAndOrganizationId(entryId, organizationId) == 1;
  }

  private static Entry entry(WatchRow row) {
    return new Entry(
        row.id(),
        row.jurisdiction(),
        row.licenseNumber(),
        row.label(),
        row.createdAt(),
        row.expectedName());
  }
}
