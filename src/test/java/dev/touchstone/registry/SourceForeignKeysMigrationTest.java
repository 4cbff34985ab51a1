package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.MigratedDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bulk-loaded registry tables lose their foreign keys to {@code source}, and on H2 the index
 * each of them had: a license row a sync inserts goes to its table and its key index, nothing else.
 */
class SourceForeignKeysMigrationTest {

  @Test
  void licensesStoredBeforeStayAndEachLicenseRowIsWrittenToItsTableAndKeyIndexOnly()
      throws SQLException {
    MigratedDatabase database = MigratedDatabase.fresh().migrateTo("11");
    try (Connection connection = database.connect()) {
      assertThat(foreignKeysToSource(connection, "license")).hasSize(1);
      execute(
          connection,
          "INSERT INTO source (id, name, jurisdiction, kind) VALUES ('us-wa-doh', 'Washington DOH', 'WA', 'BOARD')");
      execute(connection, license(1, "MA60123456"));
    }

    database.migrateTo(null);

    try (Connection connection = database.connect()) {
      for (String table : List.of("license", "exclusion", "npi_registration")) {
        assertThat(foreignKeysToSource(connection, table)).as(table).isEmpty();
      }
      assertThat(indexNames(connection, "license")).hasSize(2);
      execute(connection, license(1001, "MA60999999"));
      assertThat(licenseNumbers(connection)).containsExactly("MA60123456", "MA60999999");
    }
  }

  private static String license(long id, String number) {
    return "INSERT INTO license (id, source_id, jurisdiction, license_number, license_key, lookup_key, license_type, status, "
        + "name_raw, organization, published, content_hash, first_seen_at, last_seen_at, last_changed_at) VALUES ("
        + id
        + ", 'us-wa-doh', 'WA', '"
        + number
        + "', '"
        + number
        + "', '"
        + number
        + "', 'LMT', 'ACTIVE', 'DOE, JANE', FALSE, TRUE, 7, "
        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
  }

  private static List<String> foreignKeysToSource(Connection connection, String table)
      throws SQLException {
    List<String> names = new ArrayList<>();
    DatabaseMetaData metadata = connection.getMetaData();
    try (ResultSet keys =
        metadata.getImportedKeys(null, connection.getSchema(), identifier(metadata, table))) {
      while (keys.next()) {
        if (keys.getString("PKTABLE_NAME").equalsIgnoreCase("source")) {
          names.add(keys.getString("FK_NAME"));
        }
      }
    }
    return names;
  }

  private static TreeSet<String> indexNames(Connection connection, String table)
      throws SQLException {
    TreeSet<String> names = new TreeSet<>();
    DatabaseMetaData metadata = connection.getMetaData();
    try (ResultSet indexes =
        metadata.getIndexInfo(
            null, connection.getSchema(), identifier(metadata, table), false, false)) {
      while (indexes.next()) {
        if (indexes.getString("INDEX_NAME") != null) {
          names.add(indexes.getString("INDEX_NAME"));
        }
      }
    }
    return names;
  }

  private static String identifier(DatabaseMetaData metadata, String name) throws SQLException {
    return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> licenseNumbers(Connection connection) throws SQLException {
    List<String> numbers = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT license_number FROM license ORDER BY id")) {
      while (rows.next()) {
        numbers.add(rows.getString(1));
      }
    }
    return numbers;
  }
}
