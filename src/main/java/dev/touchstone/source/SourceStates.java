package dev.touchstone.source;

import dev.touchstone.database.Database;
import dev.touchstone.database.DatabaseException;
import dev.touchstone.database.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each source's row: what it is, and when it last synced successfully with how many records. */
@Singleton
public class SourceStates {
  private static final String COLUMNS =
      "id, last_success_at, last_snapshot_records, sync_cursor, last_full_snapshot_at";
  private final Database database;

  public SourceStates(Database database) {
    this.database = database;
  }

  /**
   * The last good snapshot of a source.
   *
   * @param syncCursor the newest change time its last good run saw, where an incremental run starts
   * @param lastFullSnapshotAt when its last full snapshot committed
   */
  public record State(
      String sourceId,
      Instant lastSuccessAt,
      Integer lastSnapshotRecords,
      String syncCursor,
      Instant lastFullSnapshotAt) {}

  /**
   * Makes sure every configured source has its row, with its current name, and its sync lease row.
   * Instances starting together may both insert a new source; the loser of that race tries once
   * more and finds the row.
   */
  public void register(Iterable<SourceDefinition> sources) {
    try {
      registerOnce(sources);
    } catch (DatabaseException e) {
      if (!(e.getCause() instanceof SQLException sql) || !"23505".equals(sql.getSQLState())) {
        throw e;
      }
      registerOnce(sources);
    }
  }

  private void registerOnce(Iterable<SourceDefinition> sources) {
    database.inTransaction(
        connection -> {
          for (SourceDefinition source : sources) {
            try (PreparedStatement update =
                connection.prepareStatement(
                    "UPDATE source SET name = ?, jurisdiction = ?, kind = ? WHERE id = ?")) {
              update.setString(1, source.name());
              update.setString(2, source.jurisdiction());
              update.setString(3, source.kind().name());
              update.setString(4, source.id());
              if (update.executeUpdate() == 0) {
                try (PreparedStatement insert =
                    connection.prepareStatement(
                        "INSERT INTO source (id, name, jurisdiction, kind) VALUES (?, ?, ?, ?)")) {
                  insert.setString(1, source.id());
                  insert.setString(2, source.name());
                  insert.setString(3, source.jurisdiction());
                  insert.setString(4, source.kind().name());
                  insert.executeUpdate();
                }
                try (PreparedStatement lease =
                    connection.prepareStatement("INSERT INTO sync_lease (source_id) VALUES (?)")) {
                  lease.setString(1, source.id());
                  lease.executeUpdate();
                }
              }
            }
          }
          return null;
        });
  }

  public Optional<State> find(Connection connection, String sourceId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM source WHERE id = ?")) {
      select.setString(1, sourceId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(state(row)) : Optional.empty();
      }
    }
  }

  public Map<String, State> all() {
    return database.read(
        connection -> {
          Map<String, State> states = new HashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT " + COLUMNS + " FROM source");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              State state = state(rows);
              states.put(state.sourceId(), state);
            }
          }
          return states;
        });
  }

  public void recordSuccess(Connection connection, String sourceId, Instant at, int records)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE source SET last_success_at = ?, last_snapshot_records = ? WHERE id = ?")) {
      Sql.instant(update, 1, at);
      update.setInt(2, records);
      update.setString(3, sourceId);
      update.executeUpdate();
    }
  }

  /** Where the next incremental run starts; a full snapshot also notes when it ran. */
  public void recordCursor(
      Connection connection, String sourceId, String cursor, Instant fullSnapshotAt)
      throws SQLException {
    String sql =
        fullSnapshotAt == null
            ? "UPDATE source SET sync_cursor = ? WHERE id = ?"
            : "UPDATE source SET sync_cursor = ?, last_full_snapshot_at = ? WHERE id = ?";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      Sql.text(update, 1, cursor, 64);
      int next = 2;
      if (fullSnapshotAt != null) {
        Sql.instant(update, next++, fullSnapshotAt);
      }
      update.setString(next, sourceId);
      update.executeUpdate();
    }
  }

  /** The validators each file of the source was last loaded with, by file name. */
  public Map<String, Validators> validators(Connection connection, String sourceId)
      throws SQLException {
    Map<String, Validators> validators = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT file_name, url, etag, last_modified FROM source_file WHERE source_id = ?")) {
      select.setString(1, sourceId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          validators.put(
              rows.getString("file_name"),
              new Validators(
                  rows.getString("url"), rows.getString("etag"), rows.getString("last_modified")));
        }
      }
    }
    return validators;
  }

  /**
   * Keeps the validators of the files a committed run downloaded; a file served without any forgets
   * its old ones.
   */
  public void keepValidators(
      Connection connection, String sourceId, Map<String, Validators> received)
      throws SQLException {
    for (Map.Entry<String, Validators> file : received.entrySet()) {
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM source_file WHERE source_id = ? AND file_name = ?")) {
        delete.setString(1, sourceId);
        delete.setString(2, file.getKey());
        delete.executeUpdate();
      }
      Validators validators = file.getValue();
      if (validators.isEmpty()) {
        continue;
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO source_file (source_id, file_name, url, etag, last_modified) VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, sourceId);
        insert.setString(2, file.getKey());
        Sql.text(insert, 3, validators.url(), 1000);
        Sql.text(insert, 4, validators.etag(), 300);
        Sql.text(insert, 5, validators.lastModified(), 100);
        insert.executeUpdate();
      }
    }
  }

  private static State state(ResultSet row) throws SQLException {
    int records = row.getInt("last_snapshot_records");
    Integer snapshotRecords = row.wasNull() ? null : records;
    return new State(
        row.getString("id"),
        Sql.instant(row, "last_success_at"),
        snapshotRecords,
        row.getString("sync_cursor"),
        Sql.instant(row, "last_full_snapshot_at"));
  }
}
