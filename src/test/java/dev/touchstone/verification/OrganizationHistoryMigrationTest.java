package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Moving clinics' history to a table of its own keeps every verification, its owner and each
 * clinic's history.
 */
class OrganizationHistoryMigrationTest {
  private static final UUID CLINIC = UUID.fromString("0b8f2c1e-6a3d-4f7e-9c21-5d4e3f2a1b10");
  private static final UUID OWNED = UUID.fromString("019f0000-0000-7000-8000-000000000001");
  private static final UUID PUBLIC = UUID.fromString("019f0000-0000-7000-8000-000000000002");

  @Test
  void verificationsIssuedBeforeKeepTheirOwnerAndTheClinicsHistory() throws SQLException {
    MigratedDatabase database = MigratedDatabase.fresh().migrateTo("10");
    try (Connection connection = database.connect()) {
      execute(
          connection,
          "INSERT INTO organization (id, name, created_at) VALUES (?, 'Lakeside Physio', CURRENT_TIMESTAMP)",
          CLINIC);
      insertVerification(connection, OWNED, CLINIC);
      insertVerification(connection, PUBLIC, null);
    }

    database.migrateTo(null);

    try (Connection connection = database.connect()) {
      assertThat(rows(connection, "SELECT id, organization_id FROM verification ORDER BY id"))
          .containsExactly(
              List.of(OWNED.toString(), CLINIC.toString()), List.of(PUBLIC.toString(), "null"));
      assertThat(
              rows(
                  connection,
                  "SELECT organization_id, verification_id FROM organization_verification"))
          .containsExactly(List.of(CLINIC.toString(), OWNED.toString()));
    }
  }

  private static void insertVerification(Connection connection, UUID id, UUID organization)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO verification (id, checked_at, verdict, name, state, "
                + "body_utf8, organization_id, requested_by, license_number) VALUES (?, ?, 'VERIFIED', 'Jane Doe', 'WA', ?, ?, ?, NULL)")) {
      insert.setObject(1, id);
      insert.setObject(2, OffsetDateTime.parse("2026-06-30T10:00:00Z"));
      insert.setBytes(3, "{}".getBytes());
      insert.setObject(4, organization);
      insert.setString(5, organization == null ? null : "front desk");
      insert.executeUpdate();
    }
  }

  private static void execute(Connection connection, String sql, UUID id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, id);
      statement.executeUpdate();
    }
  }

  private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(List.of(String.valueOf(result.getObject(1)), String.valueOf(result.getObject(2))));
      }
    }
    return rows;
  }
}
