package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys from the bulk-loaded registry tables to {@code source}.
 *
 * <p>H2 gives every foreign key an index of its own on exactly its columns, even where another
 * index begins with them. For {@code license} that was a third B-tree written for every row a sync
 * inserts, and rewritten once more when the run's transaction commits, on a column no query filters
 * by alone (a run reads its own rows through the unique key index, which names the source). A row's
 * source is written only by that source's own sync, which registered the source first, and sources
 * are never deleted, so the constraint guarded nothing the code can do.
 *
 * <p>The constraints were declared inline, so their names are the database's own (H2's {@code
 * CONSTRAINT_34}, PostgreSQL's {@code license_source_id_fkey}): this migration asks the JDBC
 * metadata for them, which is why it is Java rather than SQL.
 */
public class V12__registry_tables_without_source_foreign_keys extends BaseJavaMigration {
  private static final List<String> TABLES = List.of("license", "exclusion", "npi_registration");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    DatabaseMetaData metadata = connection.getMetaData();
    for (String table : TABLES) {
      for (String constraint :
          foreignKeysToSource(metadata, connection.getSchema(), identifier(metadata, table))) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "ALTER TABLE "
                  + table
                  + " DROP CONSTRAINT \""
                  + constraint.replace("\"", "\"\"")
                  + "\"");
        }
      }
    }
  }

  private static List<String> foreignKeysToSource(
      DatabaseMetaData metadata, String schema, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet keys = metadata.getImportedKeys(null, schema, table)) {
      while (keys.next()) {
        if (keys.getString("PKTABLE_NAME").equalsIgnoreCase("source")
            && keys.getString("FKCOLUMN_NAME").equalsIgnoreCase("source_id")
            && !names.contains(keys.getString("FK_NAME"))) {
          names.add(keys.getString("FK_NAME"));
        }
      }
    }
    return names;
  }

  private static String identifier(DatabaseMetaData metadata, String name) throws SQLException {
    return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
  }
}
