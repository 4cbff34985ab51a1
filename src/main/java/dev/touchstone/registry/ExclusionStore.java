package dev.touchstone.registry;

import dev.touchstone.database.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes exclusion-list entries. The list drops reinstated parties, so an entry missing from a new
 * list is kept, unpublished, as history.
 */
final class ExclusionStore implements SnapshotStore<NormalizedExclusion> {
  private static final String DATA_COLUMNS =
      "last_name, first_name, middle_name, business_name, name_folded, general, specialty, "
          + "npi, exclusion_type, excluded_on, reinstated_on, waiver_on, waiver_state, city, state, postal_code, flags, content_hash";
  private static final int DATA_COUNT = 18;

  private final Connection connection;
  private final String sourceId;
  private final Instant now;
  private final PreparedStatement insert;
  private final IdBlocks ids;
  private int pending;

  ExclusionStore(Connection connection, String sourceId, Instant now) throws SQLException {
    this.connection = connection;
    this.sourceId = sourceId;
    this.now = now;
    this.ids = new IdBlocks(connection);
    this.insert =
        connection.prepareStatement(
            "INSERT INTO exclusion (id, source_id, record_key, "
                + DATA_COLUMNS
                + ", published, first_seen_at, last_seen_at, last_changed_at) VALUES (?, ?, ?, "
                + "?, ".repeat(DATA_COUNT)
                + "TRUE, ?, ?, ?)");
  }

  @Override
  public StoredKeys storedKeys() {
    return new StoredKeys("exclusion", "record_key", "exclusion_source_key");
  }

  @Override
  public String key(NormalizedExclusion exclusion) {
    return exclusion.recordKey();
  }

  @Override
  public long hash(NormalizedExclusion exclusion) {
    return exclusion.contentHash();
  }

  @Override
  public void insert(NormalizedExclusion exclusion, long contentHash) throws SQLException {
    insert.setLong(1, ids.next());
    insert.setString(2, sourceId);
    insert.setString(3, exclusion.recordKey());
    int next = bind(insert, 4, exclusion, contentHash);
    Sql.instant(insert, next, now);
    Sql.instant(insert, next + 1, now);
    Sql.instant(insert, next + 2, now);
    insert.addBatch();
    if (++pending >= 1000) {
      flush();
    }
  }

  @Override
  public void update(NormalizedExclusion exclusion, long contentHash) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE exclusion SET "
                + DATA_COLUMNS.replace(",", " = ?,")
                + " = ?, published = TRUE, last_seen_at = ?, last_changed_at = ? WHERE source_id = ? AND record_key = ?")) {
      int next = bind(update, 1, exclusion, contentHash);
      Sql.instant(update, next, now);
      Sql.instant(update, next + 1, now);
      update.setString(next + 2, sourceId);
      update.setString(next + 3, exclusion.recordKey());
      update.executeUpdate();
    }
  }

  @Override
  public void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void unpublish(List<Long> rowIds) throws SQLException {
    Unpublish.rows(connection, "exclusion", rowIds, now);
  }

  private static int bind(
      PreparedStatement statement, int at, NormalizedExclusion e, long contentHash)
      throws SQLException {
    Sql.text(statement, at, e.lastName(), 200);
    Sql.text(statement, at + 1, e.firstName(), 100);
    Sql.text(statement, at + 2, e.middleName(), 100);
    Sql.text(statement, at + 3, e.businessName(), 300);
    Sql.text(statement, at + 4, e.nameFolded(), 300);
    Sql.text(statement, at + 5, e.general(), 100);
    Sql.text(statement, at + 6, e.specialty(), 100);
    Sql.text(statement, at + 7, e.npi(), 10);
    Sql.text(statement, at + 8, e.type(), 20);
    Sql.date(statement, at + 9, e.excludedOn());
    Sql.date(statement, at + 10, e.reinstatedOn());
    Sql.date(statement, at + 11, e.waiverOn());
    Sql.text(statement, at + 12, e.waiverState(), 2);
    Sql.text(statement, at + 13, e.city(), 100);
    Sql.text(statement, at + 14, e.state(), 2);
    Sql.text(statement, at + 15, e.postalCode(), 5);
    statement.setString(at + 16, e.npiInvalid() ? "NPI_INVALID" : "");
    statement.setLong(at + 17, contentHash);
    return at + DATA_COUNT;
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }
}
