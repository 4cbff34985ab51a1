package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Work that must not wait for the database (on an event loop) learns when it would have, and nothing is queried. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryOnlyWorkTest implements TestPropertyProvider {
  @Inject Database database;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.fresh();
  }

  private int organizations() {
    return database.read(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM organization")) {
        count.next();
        return count.getInt(1);
      }
    });
  }

  @Test
  void workThatNeedsNoQueryGivesItsResult() {
    assertThat(Database.fromMemory(() -> "from memory")).contains("from memory");
  }

  @Test
  void workThatAsksForAConnectionIsStoppedBeforeItQueriesAndSaysSo() {
    int before = organizations();
    AtomicBoolean reachedTheQuery = new AtomicBoolean();
    Optional<Integer> result = Database.fromMemory(() -> database.inTransaction(connection -> {
      reachedTheQuery.set(true);
      try (Statement statement = connection.createStatement()) {
        return statement.executeUpdate("INSERT INTO organization (id, name, created_at) "
            + "VALUES (RANDOM_UUID(), 'Should not exist', CURRENT_TIMESTAMP)");
      }
    }));
    assertThat(result).isEmpty();
    assertThat(reachedTheQuery).isFalse();
    assertThat(organizations()).isEqualTo(before);
  }

  @Test
  void aReadInsideNestedMemoryOnlyWorkStopsTheOutermostWork() {
    Optional<String> outer = Database.fromMemory(() -> {
      Database.fromMemory(this::organizations);
      return "finished";
    });
    assertThat(outer).isEmpty();
  }

  @Test
  void theSameThreadQueriesNormallyAfterwards() {
    int before = organizations();
    assertThat(Database.fromMemory(this::organizations)).isEmpty();
    assertThat(organizations()).isEqualTo(before);
  }

  @Test
  void anyOtherFailureOfTheWorkReachesTheCaller() {
    assertThatThrownBy(() -> Database.fromMemory(() -> {
      throw new IllegalStateException("not about the database");
    })).isInstanceOf(IllegalStateException.class).hasMessage("not about the database");
  }
}
