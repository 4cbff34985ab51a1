package dev.touchstone.registry;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Plain JDBC on the service's pool, for the bulk writer and the joined reads: we open, commit and
 * close connections ourselves, so a sync's one transaction is visibly one.
 */
@Singleton
public class Database {
  private static final ThreadLocal<Boolean> MEMORY_ONLY = new ThreadLocal<>();
  private final DataSource dataSource;

  public Database(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Runs work that must not wait for the database, such as work on an HTTP event loop: its result,
   * or empty as soon as it asks for a connection, so the caller can run it again where waiting is
   * allowed. The work must have no side effects before its last query.
   */
  public static <T> Optional<T> fromMemory(Supplier<T> work) {
    if (Boolean.TRUE.equals(MEMORY_ONLY.get())) {
      return Optional.of(work.get());
    }
    MEMORY_ONLY.set(Boolean.TRUE);
    try {
      return Optional.of(work.get());
    } catch (NeedsDatabase e) {
      return Optional.empty();
    } finally {
      MEMORY_ONLY.remove();
    }
  }

  /** Work on a connection in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(Work<T> work) {
    refuseInMemoryOnlyWork();
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
      throw new RegistryException(e);
    }
  }

  /** Read-only work on an auto-commit connection. */
  public <T> T read(Work<T> work) {
    refuseInMemoryOnlyWork();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return work.apply(connection);
    } catch (SQLException e) {
      throw new RegistryException(e);
    }
  }

  private static void refuseInMemoryOnlyWork() {
    if (Boolean.TRUE.equals(MEMORY_ONLY.get())) {
      throw NeedsDatabase.INSTANCE;
    }
  }

  /** Unwinds work run {@link #fromMemory} that asked for a connection; never seen outside it. */
  private static final class NeedsDatabase extends RuntimeException {
    static final NeedsDatabase INSTANCE = new NeedsDatabase();

    private NeedsDatabase() {
      super("work run from memory asked for a database connection", null, false, false);
    }
  }

  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }
}
