package dev.touchstone.registry;

import dev.touchstone.database.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Withdrawing rows from the published registry, the same way for every table of it. */
final class Unpublish {
  private Unpublish() {}

  /**
   * Marks rows of a registry table as no longer published, by row id; never deletes them. They were
   * last seen in the source's last good snapshot, which is still the one on record while this run's
   * transaction is open.
   */
  static void rows(Connection connection, String table, List<Long> rowIds, Instant at)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE "
                + table
                + " SET published = FALSE, last_changed_at = ?, "
                + "last_seen_at = COALESCE((SELECT s.last_success_at FROM source s WHERE s.id = "
                + table
                + ".source_id), last_seen_at) "
                + "WHERE id = ?")) {
      for (long rowId : rowIds) {
        Sql.instant(update, 1, at);
        update.setLong(2, rowId);
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
