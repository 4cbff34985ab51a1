package dev.touchstone.registry;

import dev.touchstone.database.Sql;
import dev.touchstone.registry.NormalizedNpiRegistration.DeclaredLicense;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Writes NPI registrations and the state licenses each declares. */
final class NpiStore implements SnapshotStore<NormalizedNpiRegistration> {
  private static final String DATA_COLUMNS =
      "enumeration_type, name_full, name_first, name_middle, name_last, name_suffix, "
          + "organization, npi_status, enumerated_on, city, state, postal_code, content_hash";
  private static final int DATA_COUNT = 13;

  private final Connection connection;
  private final String sourceId;
  private final Instant now;
  private final PreparedStatement insert;
  private final PreparedStatement insertLicense;
  private final IdBlocks ids;
  private int pending;

  NpiStore(Connection connection, String sourceId, Instant now) throws SQLException {
    this.connection = connection;
    this.sourceId = sourceId;
    this.now = now;
    this.ids = new IdBlocks(connection);
    this.insert =
        connection.prepareStatement(
            "INSERT INTO npi_registration (id, source_id, npi, "
                + DATA_COLUMNS
                + ", published, first_seen_at, last_seen_at, last_changed_at) VALUES (?, ?, ?, "
                + "?, ".repeat(DATA_COUNT)
                + "TRUE, ?, ?, ?)");
    this.insertLicense =
        connection.prepareStatement(
            "INSERT INTO npi_license (npi_registration_id, jurisdiction, license_text, "
                + "license_key, taxonomy_code, primary_taxonomy) VALUES (?, ?, ?, ?, ?, ?)");
  }

  @Override
  public StoredKeys storedKeys() {
    return new StoredKeys("npi_registration", "npi", "npi_registration_source_npi");
  }

  @Override
  public String key(NormalizedNpiRegistration registration) {
    return registration.npi();
  }

  @Override
  public long hash(NormalizedNpiRegistration registration) {
    return registration.contentHash();
  }

  @Override
  public void insert(NormalizedNpiRegistration registration, long contentHash) throws SQLException {
    long id = ids.next();
    insert.setLong(1, id);
    insert.setString(2, sourceId);
    insert.setString(3, registration.npi());
    int next = bind(insert, 4, registration, contentHash);
    Sql.instant(insert, next, now);
    Sql.instant(insert, next + 1, now);
    Sql.instant(insert, next + 2, now);
    insert.addBatch();
    queueLicenses(id, registration.licenses());
    if (++pending >= 1000) {
      flush();
    }
  }

  @Override
  public void update(NormalizedNpiRegistration registration, long contentHash) throws SQLException {
    long id;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM npi_registration WHERE source_id = ? AND npi = ?")) {
      select.setString(1, sourceId);
      select.setString(2, registration.npi());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        id = row.getLong(1);
      }
    }
    try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE npi_registration SET "
                    + DATA_COLUMNS.replace(",", " = ?,")
                    + " = ?, published = TRUE, last_seen_at = ?, last_changed_at = ? WHERE id = ?");
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM npi_license WHERE npi_registration_id = ?")) {
      int next = bind(update, 1, registration, contentHash);
      Sql.instant(update, next, now);
      Sql.instant(update, next + 1, now);
      update.setLong(next + 2, id);
      update.executeUpdate();
      delete.setLong(1, id);
      delete.executeUpdate();
    }
    queueLicenses(id, registration.licenses());
    flush();
  }

  @Override
  public void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
    insertLicense.executeBatch();
  }

  @Override
  public void unpublish(List<Long> rowIds) throws SQLException {
    Unpublish.rows(connection, "npi_registration", rowIds, now);
  }

  private void queueLicenses(long id, List<DeclaredLicense> licenses) throws SQLException {
    for (DeclaredLicense license : licenses) {
      insertLicense.setLong(1, id);
      Sql.text(insertLicense, 2, license.jurisdiction(), 2);
      Sql.text(insertLicense, 3, license.licenseText(), 80);
      Sql.text(insertLicense, 4, license.licenseKey(), 80);
      Sql.text(insertLicense, 5, license.taxonomyCode(), 10);
      insertLicense.setBoolean(6, license.primary());
      insertLicense.addBatch();
    }
  }

  private static int bind(
      PreparedStatement statement, int at, NormalizedNpiRegistration r, long contentHash)
      throws SQLException {
    Sql.text(statement, at, r.enumerationType(), 5);
    Sql.text(statement, at + 1, r.name().full(), 300);
    Sql.text(statement, at + 2, r.name().first(), 100);
    Sql.text(statement, at + 3, r.name().middle(), 100);
    Sql.text(statement, at + 4, r.name().last(), 200);
    Sql.text(statement, at + 5, r.name().suffix(), 10);
    statement.setBoolean(at + 6, r.name().organization());
    Sql.text(statement, at + 7, r.npiStatus(), 10);
    Sql.date(statement, at + 8, r.enumeratedOn());
    Sql.text(statement, at + 9, r.city(), 100);
    Sql.text(statement, at + 10, r.state(), 2);
    Sql.text(statement, at + 11, r.postalCode(), 5);
    statement.setLong(at + 12, contentHash);
    return at + DATA_COUNT;
  }

  @Override
  public void close() throws SQLException {
    insert.close();
    insertLicense.close();
  }
}
