package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import dev.touchstone.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A sync's first read, every stored key and hash of a source, comes from the unique index alone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredKeysTest implements TestPropertyProvider {
  @Inject Database database;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.fresh();
  }

  private List<SnapshotStore.StoredKeys> everyStore(Connection connection) throws SQLException {
    Instant now = Instant.parse("2026-07-01T12:00:00Z");
    List<SnapshotStore.StoredKeys> keys = new ArrayList<>();
    try (var licenses = new LicenseStore(connection, "us-wa-doh", null, UUID.randomUUID(), now);
        var exclusions = new ExclusionStore(connection, "us-oig-leie", now);
        var npis = new NpiStore(connection, "us-npi-nppes", now)) {
      keys.add(licenses.storedKeys());
      keys.add(exclusions.storedKeys());
      keys.add(npis.storedKeys());
    }
    return keys;
  }

  @Test
  void theStoredKeysQueryOfEveryStoreRunsAndOnH2ReadsTheUniqueIndex() {
    database.read(
        connection -> {
          boolean h2 = Sql.isH2(connection);
          for (SnapshotStore.StoredKeys keys : everyStore(connection)) {
            String plan = plan(connection, keys.query(h2).replace("?", "'us-wa-doh'"));
            if (h2) {
              assertThat(plan)
                  .as(keys.table())
                  .containsIgnoringCase(keys.uniqueIndex())
                  .doesNotContainIgnoringCase("tableScan");
            }
          }
          return null;
        });
  }

  @Test
  void theUniqueIndexStillRefusesASecondLicenseUnderTheSameKeyWhateverItsContent() {
    database.read(
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                "INSERT INTO source (id, name, jurisdiction, kind) VALUES ('us-zz-test', 'Test', 'ZZ', 'LICENSING_BOARD')");
            statement.executeUpdate(license(1, 11));
            assertThatThrownBy(() -> statement.executeUpdate(license(2, 22)))
                .isInstanceOf(SQLException.class);
          }
          return null;
        });
  }

  private static String license(long id, long contentHash) {
    return "INSERT INTO license (id, source_id, jurisdiction, license_number, license_key, lookup_key, license_type, status, "
        + "name_raw, organization, published, content_hash, first_seen_at, last_seen_at, last_changed_at) VALUES ("
        + id
        + ", 'us-zz-test', 'ZZ', 'MA1', 'MA1', 'MA1', 'MASSAGE_THERAPIST', 'ACTIVE', 'DOE, JANE', FALSE, TRUE, "
        + contentHash
        + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
  }

  private static String plan(Connection connection, String query) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
