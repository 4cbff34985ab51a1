package dev.touchstone.database;

import java.sql.SQLException;

/** The database failed; the caller's transaction has been rolled back. */
public class DatabaseException extends RuntimeException {
  public DatabaseException(SQLException cause) {
    super("database error: " + cause.getMessage(), cause);
  }
}
