package dev.touchstone.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps stored lookup keys in step with a source's {@code license.lookup-key} rule. Keys are
 * written by the rule in force when a row was last written, and an unchanged row is never
 * rewritten; so when a definition adds or changes its rule, every key of that source, and every
 * watch and NPI link in its jurisdiction, is recomputed once, inside the sync's transaction (a
 * failed sync leaves the old keys and the old rule together).
 */
public final class LookupKeyRules {
  private static final int BATCH = 1000;

  private LookupKeyRules() {}

  /**
   * @return how many stored keys changed (0 when the rule is the one they were written with)
   */
  public static int align(Connection connection, String sourceId, String jurisdiction, Pattern rule)
      throws SQLException {
    String wanted = rule == null ? null : rule.pattern();
    try (PreparedStatement select =
        connection.prepareStatement("SELECT lookup_key_rule FROM source WHERE id = ?")) {
      select.setString(1, sourceId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || Objects.equals(row.getString(1), wanted)) {
          return 0;
        }
      }
    }
    int changed =
        licenses(connection, sourceId, rule)
            + watches(connection, jurisdiction, rule)
            + npiLinks(connection, jurisdiction, rule);
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE source SET lookup_key_rule = ? WHERE id = ?")) {
      update.setString(1, wanted);
      update.setString(2, sourceId);
      update.executeUpdate();
    }
    return changed;
  }

  private static int licenses(Connection connection, String sourceId, Pattern rule)
      throws SQLException {
    int changed = 0;
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, license_key, lookup_key FROM license WHERE source_id = ?");
        PreparedStatement update =
            connection.prepareStatement("UPDATE license SET lookup_key = ? WHERE id = ?")) {
      select.setString(1, sourceId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String key = LicenseNumbers.lookupKey(rows.getString(2), rule);
          if (!key.equals(rows.getString(3))) {
            update.setString(1, key);
            update.setLong(2, rows.getLong(1));
            update.addBatch();
            if (++changed % BATCH == 0) {
              update.executeBatch();
            }
          }
        }
      }
      update.executeBatch();
    }
    return changed;
  }

  /**
   * A clinic that watched both forms of one number keeps both entries; only the first is re-keyed.
   */
  private static int watches(Connection connection, String jurisdiction, Pattern rule)
      throws SQLException {
    int changed = 0;
    Set<String> taken = new HashSet<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, organization_id, license_number, lookup_key FROM watch WHERE jurisdiction = ? ORDER BY created_at, id");
        PreparedStatement update =
            connection.prepareStatement("UPDATE watch SET lookup_key = ? WHERE id = ?")) {
      select.setString(1, jurisdiction);
      java.util.List<Object[]> rows = new java.util.ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Object[] {
                result.getObject(1), result.getObject(2), result.getString(3), result.getString(4)
              });
          taken.add(result.getObject(2) + "|" + result.getString(4));
        }
      }
      for (Object[] row : rows) {
        String key = LicenseNumbers.lookupKey((String) row[2], rule);
        if (!key.equals(row[3]) && taken.add(row[1] + "|" + key)) {
          update.setString(1, key);
          update.setObject(2, row[0]);
          update.executeUpdate();
          changed++;
        }
      }
    }
    return changed;
  }

  private static int npiLinks(Connection connection, String jurisdiction, Pattern rule)
      throws SQLException {
    int changed = 0;
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT DISTINCT license_text, license_key FROM npi_license WHERE jurisdiction = ?");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE npi_license SET license_key = ? WHERE jurisdiction = ? AND license_text = ?")) {
      select.setString(1, jurisdiction);
      java.util.List<String[]> rows = new java.util.ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(new String[] {result.getString(1), result.getString(2)});
        }
      }
      for (String[] row : rows) {
        String key = LicenseNumbers.lookupKey(row[0], rule);
        if (!key.equals(row[1])) {
          update.setString(1, key);
          update.setString(2, jurisdiction);
          update.setString(3, row[0]);
          changed += update.executeUpdate();
        }
      }
    }
    return changed;
  }
}
