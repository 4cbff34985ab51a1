package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import dev.touchstone.database.Database;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A snapshot whose commit the database refuses (a full disk, a lost connection) leaves the registry
 * as it was.
 */
class SyncCommitFailureTest {
  private BoardServer boards;
  private ApplicationContext context;

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    Map<String, Object> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.put("test.commit-fails", "true");
    context = ApplicationContext.run(properties, "test");
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  @Test
  void aSnapshotTheDatabaseWillNotCommitIsRecordedAsFailedAndWritesNothing() {
    SyncService sync = context.getBean(SyncService.class);
    FailingCommits database = context.getBean(FailingCommits.class);
    SyncRun run = sync.start("us-tx-tdlr");
    database.failing.set(true);

    SyncRun finished = sync.complete(run);

    database.failing.set(false);
    assertThat(finished.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(finished.error()).contains("the disk is full (simulated)");
    assertThat(finished.inserted()).isZero();
    assertThat(context.getBean(SyncRunRepository.class).findById(run.id()).orElseThrow().outcome())
        .isEqualTo(SyncOutcome.FAILED);
    assertThat(licensesOf(database, "us-tx-tdlr"))
        .as("nothing of the refused snapshot is in the registry")
        .isZero();
  }

  private static long licensesOf(Database database, String sourceId) {
    return database.read(
        connection -> {
          try (PreparedStatement count =
              connection.prepareStatement("SELECT COUNT(*) FROM license WHERE source_id = ?")) {
            count.setString(1, sourceId);
            try (ResultSet row = count.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  /**
   * The service's database, except that while {@code failing} is set every commit throws, as a
   * database that cannot write would.
   */
  @Singleton
  @Replaces(Database.class)
  @Requires(property = "test.commit-fails", value = "true")
  static class FailingCommits extends Database {
    final AtomicBoolean failing;

    @Inject
    FailingCommits(DataSource dataSource) {
      this(DelegatingDataSource.unwrapDataSource(dataSource), new AtomicBoolean());
    }

    private FailingCommits(DataSource real, AtomicBoolean failing) {
      super(failingAtCommit(real, failing));
      this.failing = failing;
    }

    private static DataSource failingAtCommit(DataSource real, AtomicBoolean failing) {
      DataSource dataSource = spy(real);
      try {
        doAnswer(
                call -> {
                  Connection connection = spy((Connection) call.callRealMethod());
                  if (failing.get()) {
                    doThrow(new SQLException("the disk is full (simulated)"))
                        .when(connection)
                        .commit();
                  }
                  return connection;
                })
            .when(dataSource)
            .getConnection();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return dataSource;
    }
  }
}
