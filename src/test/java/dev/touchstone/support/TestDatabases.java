package dev.touchstone.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh, empty databases for tests: in-memory H2 by default; with the system property {@code
 * touchstone.test.postgres.url} (set by scripts/test), a new database on that PostgreSQL server.
 */
public final class TestDatabases {
  private static final String POSTGRES = System.getProperty("touchstone.test.postgres.url", "");

  private TestDatabases() {}

  public static boolean onPostgres() {
    return !POSTGRES.isBlank();
  }

  public static Map<String, String> fresh() {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "");
    if (!onPostgres()) {
      return Map.of(
          "datasources.default.url",
          "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=TRUE");
    }
    try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create a test database on " + POSTGRES + ": " + e.getMessage(), e);
    }
    return Map.of(
        "datasources.default.url", POSTGRES + name,
        "datasources.default.username", "postgres",
        "datasources.default.password", "",
        "datasources.default.driver-class-name", "org.postgresql.Driver",
        "datasources.default.dialect", "POSTGRES");
  }
}
