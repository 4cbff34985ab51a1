package dev.touchstone.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A fresh test database (H2, or PostgreSQL under scripts/test) that a migration test moves version
 * by version.
 */
public record MigratedDatabase(String url, String user, String password) {

  public static MigratedDatabase fresh() {
    Map<String, String> database = TestDatabases.fresh();
    return new MigratedDatabase(
        database.get("datasources.default.url"),
        database.getOrDefault("datasources.default.username", "sa"),
        database.getOrDefault("datasources.default.password", ""));
  }

  /** Applies the migrations up to {@code version}, or all of them when it is null. */
  public MigratedDatabase migrateTo(String version) {
    var configuration =
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
    if (version != null) {
      configuration.target(version);
    }
    configuration.load().migrate();
    return this;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
