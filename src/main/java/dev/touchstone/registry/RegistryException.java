package dev.touchstone.registry;

import java.sql.SQLException;

/** The database failed; the caller's transaction has been rolled back. */
public class RegistryException extends RuntimeException {
  public RegistryException(SQLException cause) {
    super("database error: " + cause.getMessage(), cause);
  }
}
