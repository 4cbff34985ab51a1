package dev.touchstone.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Binding helpers that behave the same on H2 and PostgreSQL. */
public final class Sql {
  private Sql() {}

  /**
   * Whether the connection is to H2 rather than PostgreSQL, for the few places the SQL has to
   * differ.
   */
  public static boolean isH2(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().equals("H2");
  }

  /** Binds text, cut to the column's width: one overlong value must not fail a whole sync. */
  public static void text(PreparedStatement statement, int index, String value, int width)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value.length() > width ? value.substring(0, width) : value);
    }
  }

  public static void date(PreparedStatement statement, int index, LocalDate value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, value);
    }
  }

  public static void bool(PreparedStatement statement, int index, Boolean value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BOOLEAN);
    } else {
      statement.setBoolean(index, value);
    }
  }

  public static void instant(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  public static Instant instant(java.sql.ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static LocalDate date(java.sql.ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, LocalDate.class);
  }

  public static Boolean bool(java.sql.ResultSet rows, String column) throws SQLException {
    boolean value = rows.getBoolean(column);
    return rows.wasNull() ? null : value;
  }
}
