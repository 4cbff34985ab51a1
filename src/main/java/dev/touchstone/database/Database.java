package dev.touchstone.database;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC on the service's pool, for the bulk writer and the joined reads: we open, commit and
 * close connections ourselves, so a sync's one transaction is visibly one.
 */
@Singleton
public class Database {
  private final DataSource dataSource;

  public Database(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Work on a connection in one transaction: committed when it returns, rolled back when it throws.
   */
  public <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (Throwable e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /** Read-only work on an auto-commit connection. */
  public <T> T read(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return work.apply(connection);
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }
}
