package dev.touchstone.registry;

import dev.touchstone.database.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hands out registry row ids from blocks of the {@code registry_ids} sequence (which steps by
 * 1000), so a bulk load costs one sequence call per thousand rows and binds its ids itself.
 * Sequences are outside transactions on H2 and PostgreSQL alike: a rolled-back sync leaves a gap,
 * never a clash.
 */
final class IdBlocks {
  private static final int BLOCK = 1000;

  private final Connection connection;
  private final String nextBlock;
  private long next;
  private long end;

  IdBlocks(Connection connection) throws SQLException {
    this.connection = connection;
    this.nextBlock =
        Sql.isH2(connection)
            ? "SELECT NEXT VALUE FOR registry_ids"
            : "SELECT nextval('registry_ids')";
  }

  long next() throws SQLException {
    if (next == end) {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery(nextBlock)) {
        row.next();
        next = row.getLong(1);
        end = next + BLOCK;
      }
    }
    return next++;
  }
}
