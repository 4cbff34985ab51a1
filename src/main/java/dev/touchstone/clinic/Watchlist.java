package dev.touchstone.clinic;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import dev.touchstone.registry.LicenseChanges;
import dev.touchstone.registry.LicenseKeys;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The licenses an organization watches. One entry per license however it is typed (the lookup
 * key), so adding the same roster twice changes nothing; only an explicit removal takes one off.
 */
@Singleton
public class Watchlist {
  private final Database database;
  private final Clock clock;
  private final LicenseKeys keys;

  public Watchlist(Database database, Clock clock, LicenseKeys keys) {
    this.database = database;
    this.clock = clock;
    this.keys = keys;
  }

  public record Entry(UUID id, String jurisdiction, String licenseNumber, String label, Instant addedAt) {}

  /** What adding did: the entry, and whether it was already there. */
  public record Added(Entry entry, boolean alreadyWatched) {}

  /** A license to add: as typed. */
  public record Wanted(String jurisdiction, String licenseNumber, String label) {}

  public Added add(UUID organizationId, Wanted wanted) {
    return addAll(organizationId, List.of(wanted)).get(0);
  }

  /** Adds each license not yet watched, in one transaction: a roster lands whole or not at all. */
  public List<Added> addAll(UUID organizationId, List<Wanted> wanted) {
    return database.inTransaction(connection -> {
      List<Added> added = new ArrayList<>(wanted.size());
      for (Wanted license : wanted) {
        String jurisdiction = license.jurisdiction().toUpperCase(java.util.Locale.ROOT);
        String lookupKey = keys.lookupKey(jurisdiction, license.licenseNumber());
        Optional<Entry> existing = find(connection, organizationId, jurisdiction, lookupKey);
        if (existing.isPresent()) {
          added.add(new Added(existing.get(), true));
          continue;
        }
        Entry entry = new Entry(UUID.randomUUID(), jurisdiction, license.licenseNumber().strip(), license.label(), clock.instant());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO watch (id, organization_id, jurisdiction, "
            + "license_number, lookup_key, label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          insert.setObject(1, entry.id());
          insert.setObject(2, organizationId);
          insert.setString(3, jurisdiction);
          insert.setString(4, entry.licenseNumber());
          insert.setString(5, lookupKey);
          insert.setString(6, entry.label());
          Sql.instant(insert, 7, entry.addedAt());
          insert.executeUpdate();
        }
        added.add(new Added(entry, false));
      }
      return added;
    });
  }

  public List<Entry> list(UUID organizationId) {
    return database.read(connection -> {
      List<Entry> entries = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT id, jurisdiction, license_number, label, created_at "
          + "FROM watch WHERE organization_id = ? ORDER BY jurisdiction, lookup_key")) {
        select.setObject(1, organizationId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            entries.add(entry(rows));
          }
        }
      }
      return entries;
    });
  }

  /** A watch of any organization, with the warning days its organization set for expiries. */
  record Watch(UUID organizationId, UUID id, String label, LicenseChanges.Key license, Instant since, String expiryAlertDays) {}

  /** Every organization's watches, for the alerts after a sync. */
  List<Watch> everyWatch() {
    return database.read(connection -> {
      List<Watch> watches = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT w.organization_id, w.id, w.label, w.jurisdiction, "
          + "w.lookup_key, w.created_at, o.expiry_alert_days FROM watch w JOIN organization o ON o.id = w.organization_id "
          + "ORDER BY w.organization_id, w.jurisdiction, w.lookup_key")) {
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            watches.add(new Watch(rows.getObject("organization_id", UUID.class), rows.getObject("id", UUID.class),
                rows.getString("label"), new LicenseChanges.Key(rows.getString("jurisdiction"), rows.getString("lookup_key")),
                Sql.instant(rows, "created_at"), rows.getString("expiry_alert_days")));
          }
        }
      }
      return watches;
    });
  }

  /** Removes one of the organization's entries; false when it has no such entry (another's is none of its own). */
  public boolean remove(UUID organizationId, UUID entryId) {
    return database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM watch WHERE id = ? AND organization_id = ?")) {
        delete.setObject(1, entryId);
        delete.setObject(2, organizationId);
        return delete.executeUpdate() == 1;
      }
    });
  }

  private static Optional<Entry> find(Connection connection, UUID organizationId, String jurisdiction, String lookupKey)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT id, jurisdiction, license_number, label, created_at "
        + "FROM watch WHERE organization_id = ? AND jurisdiction = ? AND lookup_key = ?")) {
      select.setObject(1, organizationId);
      select.setString(2, jurisdiction);
      select.setString(3, lookupKey);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(entry(row)) : Optional.empty();
      }
    }
  }

  private static Entry entry(ResultSet row) throws SQLException {
    return new Entry(row.getObject("id", UUID.class), row.getString("jurisdiction"), row.getString("license_number"),
        row.getString("label"), Sql.instant(row, "created_at"));
  }
}
