package dev.touchstone.support;

import dev.touchstone.database.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every registry table, as text: equal dumps mean an untouched registry. */
public final class RegistryDump {
  private static final List<String> TABLES =
      List.of(
          "source",
          "license",
          "disciplinary_action",
          "exclusion",
          "npi_registration",
          "npi_license",
          "license_event");

  private RegistryDump() {}

  public static List<String> of(Database database) {
    return database.read(RegistryDump::dump);
  }

  private static List<String> dump(Connection connection) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
          ResultSetMetaData meta = result.getMetaData();
          while (result.next()) {
            StringBuilder row = new StringBuilder(table).append(':');
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.append(meta.getColumnName(i)).append('=').append(result.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
      }
    }
    rows.sort(String::compareTo);
    return rows;
  }
}
