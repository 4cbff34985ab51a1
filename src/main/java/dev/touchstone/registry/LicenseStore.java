package dev.touchstone.registry;

import dev.touchstone.database.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Writes licenses, their actions and their change history. */
final class LicenseStore implements SnapshotStore<NormalizedLicense> {
  /** Rows per INSERT statement: one statement for many rows costs H2 far less than one per row. */
  private static final int ROWS_PER_INSERT = 100;

  private static final int BATCH = 1000;
  private static final String DATA_COLUMNS =
      "jurisdiction, license_number, license_key, lookup_key, license_type, "
          + "source_license_type, status, source_status, name_raw, name_first, name_middle, name_last, name_suffix, "
          + "organization, issued_on, expires_on, city, state, postal_code, discipline_on_record, flags, detail_url, "
          + "content_hash";
  private static final int DATA_COUNT = 23;
  private static final DateTimeFormatter LITERAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx");

  /** Matches the unique index's columns, all of which follow from the source and the key. */
  private static final String BY_KEY = "lookup_key = ? AND source_id = ? AND license_key = ?";

  private final Connection connection;
  private final String sourceId;
  private final java.util.regex.Pattern lookupKeyRule;
  private final UUID runId;
  private final Instant now;
  private final PreparedStatement insertLicense;
  private final PreparedStatement insertLicenses;
  private final OffsetDateTime nowStamp;
  private final List<NormalizedLicense> queued = new ArrayList<>(ROWS_PER_INSERT);
  private final long[] queuedIds = new long[ROWS_PER_INSERT];
  private final long[] queuedHashes = new long[ROWS_PER_INSERT];
  private final PreparedStatement insertAction;
  private final LicenseHistory history;
  private final IdBlocks ids;
  private int pending;

  LicenseStore(
      Connection connection,
      String sourceId,
      java.util.regex.Pattern lookupKeyRule,
      UUID runId,
      Instant now)
      throws SQLException {
    this.lookupKeyRule = lookupKeyRule;
    this.connection = connection;
    this.sourceId = sourceId;
    this.runId = runId;
    this.now = now;
    this.ids = new IdBlocks(connection);
    this.nowStamp = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    String insert =
        "INSERT INTO license (id, source_id, "
            + DATA_COLUMNS
            + ", published, first_seen_at, last_seen_at, last_changed_at) VALUES ";
    // The run's constants are literals, so a million-row insert does not bind them a million times.
    String stamp = "TIMESTAMP WITH TIME ZONE '" + nowStamp.format(LITERAL) + "'";
    String row =
        "(?, '"
            + sourceId.replace("'", "''")
            + "', "
            + "?, ".repeat(DATA_COUNT)
            + "TRUE, "
            + stamp
            + ", "
            + stamp
            + ", "
            + stamp
            + ")";
    this.insertLicense = connection.prepareStatement(insert + row);
    this.insertLicenses =
        connection.prepareStatement(
            insert + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, row)));
    this.insertAction =
        connection.prepareStatement(
            "INSERT INTO disciplinary_action (id, license_id, kind, action_date, action, description, case_number) VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.history = new LicenseHistory(connection, ids, runId, now);
  }

  @Override
  public StoredKeys storedKeys() {
    return new StoredKeys("license", "license_key", "license_source_key");
  }

  @Override
  public String key(NormalizedLicense license) {
    return license.licenseKey();
  }

  @Override
  public long hash(NormalizedLicense license) {
    return license.contentHash();
  }

  @Override
  public void insert(NormalizedLicense license, long contentHash) throws SQLException {
    long id = ids.next();
    queuedIds[queued.size()] = id;
    queuedHashes[queued.size()] = contentHash;
    queued.add(license);
    queueActions(id, license.actions());
    if (queued.size() == ROWS_PER_INSERT) {
      int at = 1;
      for (int i = 0; i < ROWS_PER_INSERT; i++) {
        at = bindRow(insertLicenses, at, queuedIds[i], queued.get(i), queuedHashes[i]);
      }
      insertLicenses.addBatch();
      queued.clear();
      pending += ROWS_PER_INSERT;
      if (pending >= BATCH) {
        flush();
      }
    }
  }

  private int bindRow(
      PreparedStatement statement, int at, long id, NormalizedLicense license, long contentHash)
      throws SQLException {
    statement.setLong(at, id);
    return bindData(statement, at + 1, license, contentHash);
  }

  @Override
  public void update(NormalizedLicense license, long contentHash) throws SQLException {
    LicenseHistory.Stored old = stored(license.licenseKey());
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE license SET "
                + DATA_COLUMNS.replace(",", " = ?,")
                + " = ?, published = TRUE, last_seen_at = ?, last_changed_at = ? WHERE id = ?")) {
      int next = bindData(update, 1, license, contentHash);
      Sql.instant(update, next, now);
      Sql.instant(update, next + 1, now);
      update.setLong(next + 2, old.id());
      update.executeUpdate();
    }
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM disciplinary_action WHERE license_id = ?")) {
      delete.setLong(1, old.id());
      delete.executeUpdate();
    }
    queueActions(old.id(), license.actions());
    history.changed(old, license);
    flush();
  }

  @Override
  public void flush() throws SQLException {
    if (pending > 0) {
      insertLicenses.executeBatch();
      pending = 0;
    }
    for (int i = 0; i < queued.size(); i++) {
      bindRow(insertLicense, 1, queuedIds[i], queued.get(i), queuedHashes[i]);
      insertLicense.addBatch();
    }
    if (!queued.isEmpty()) {
      insertLicense.executeBatch();
      queued.clear();
    }
    insertAction.executeBatch();
    history.flush();
  }

  @Override
  public void unpublish(List<Long> rowIds) throws SQLException {
    for (long rowId : rowIds) {
      history.unpublished(rowId);
    }
    history.flush();
    Unpublish.rows(connection, "license", rowIds, now);
  }

  private int bindData(
      PreparedStatement statement, int at, NormalizedLicense license, long contentHash)
      throws SQLException {
    Sql.text(statement, at, license.jurisdiction(), 2);
    Sql.text(statement, at + 1, license.licenseNumber(), 80);
    Sql.text(statement, at + 2, license.licenseKey(), 80);
    Sql.text(statement, at + 3, license.lookupKey(), 80);
    statement.setString(at + 4, license.licenseType().name());
    Sql.text(statement, at + 5, license.sourceLicenseType(), 200);
    statement.setString(at + 6, license.status().name());
    Sql.text(statement, at + 7, license.sourceStatus(), 300);
    Sql.text(statement, at + 8, license.name().raw(), 300);
    Sql.text(statement, at + 9, license.name().first(), 100);
    Sql.text(statement, at + 10, license.name().middle(), 100);
    Sql.text(statement, at + 11, license.name().last(), 200);
    Sql.text(statement, at + 12, license.name().suffix(), 10);
    statement.setBoolean(at + 13, license.name().organization());
    Sql.date(statement, at + 14, license.issuedOn());
    Sql.date(statement, at + 15, license.expiresOn());
    Sql.text(statement, at + 16, license.city(), 100);
    Sql.text(statement, at + 17, license.state(), 2);
    Sql.text(statement, at + 18, license.postalCode(), 5);
    Sql.bool(statement, at + 19, license.disciplineOnRecord());
    Sql.text(statement, at + 20, license.flags().isEmpty() ? null : license.flagsText(), 200);
    Sql.text(statement, at + 21, license.detailUrl(), 500);
    statement.setLong(at + 22, contentHash);
    return at + DATA_COUNT;
  }

  private void queueActions(long licenseId, List<Action> actions) throws SQLException {
    for (Action action : actions) {
      insertAction.setLong(1, ids.next());
      insertAction.setLong(2, licenseId);
      insertAction.setString(3, action.kind().name());
      Sql.date(insertAction, 4, action.date());
      Sql.text(insertAction, 5, action.action(), 300);
      Sql.text(insertAction, 6, action.description(), 1000);
      Sql.text(insertAction, 7, action.caseNumber(), 64);
      insertAction.addBatch();
    }
  }

  private LicenseHistory.Stored stored(String key) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, status, expires_on, published FROM license WHERE " + BY_KEY)) {
      bindKey(select, 1, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new SQLException(
              "license " + key + " of " + sourceId + " vanished during the sync");
        }
        LicenseHistory.Stored stored =
            new LicenseHistory.Stored(
                row.getLong("id"),
                row.getString("status"),
                Sql.date(row, "expires_on"),
                row.getBoolean("published"),
                new HashSet<>());
        try (PreparedStatement actions =
            connection.prepareStatement(
                "SELECT kind, action_date, action, case_number FROM disciplinary_action WHERE license_id = ?")) {
          actions.setLong(1, stored.id());
          try (ResultSet rows = actions.executeQuery()) {
            while (rows.next()) {
              stored
                  .actions()
                  .add(
                      LicenseHistory.signature(
                          rows.getString("kind"),
                          Sql.date(rows, "action_date"),
                          rows.getString("action"),
                          rows.getString("case_number")));
            }
          }
        }
        return stored;
      }
    }
  }

  private void bindKey(PreparedStatement statement, int at, String key) throws SQLException {
    statement.setString(at, LicenseNumbers.lookupKey(key, lookupKeyRule));
    statement.setString(at + 1, sourceId);
    statement.setString(at + 2, key);
  }

  @Override
  public void close() throws SQLException {
    insertLicense.close();
    insertLicenses.close();
    insertAction.close();
    history.close();
  }
}
