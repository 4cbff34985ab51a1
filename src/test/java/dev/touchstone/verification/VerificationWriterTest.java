package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.registry.Database;
import dev.touchstone.registry.RegistryException;
import dev.touchstone.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Verifications written together by many callers: each returns once its own row is committed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationWriterTest implements TestPropertyProvider {
  @Inject VerificationWriter writer;
  @Inject Database database;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.fresh();
  }

  private static VerificationWriter.Row row(String name) {
    Instant now = Instant.parse("2026-07-01T12:00:00Z");
    Verification verification = new Verification(VerificationIds.next(now), Verdict.VERIFIED, "Verified.", List.of(),
        List.of(), List.of(), List.of(), List.of(), now, new VerificationRequest(name, "WA", "MA60218734", null),
        new Verification.JurisdictionView("WA", "Washington", Regime.LICENSE), null);
    return new VerificationWriter.Row(verification, ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8), null, null);
  }

  /** The stored answer, read on a connection of its own: null when the row is not committed. */
  private String stored(UUID id) {
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT body_utf8 FROM verification WHERE id = ?")) {
        select.setObject(1, id);
        try (ResultSet found = select.executeQuery()) {
          return found.next() ? new String(found.getBytes(1), StandardCharsets.UTF_8) : null;
        }
      }
    });
  }

  @Test
  void manyCallersAtOnceEachFindTheirOwnVerificationCommittedWhenTheyReturn() throws Exception {
    int callers = 24;
    CyclicBarrier together = new CyclicBarrier(callers);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<String>> seen = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        VerificationWriter.Row row = row("Caller " + i);
        seen.add(pool.submit(() -> {
          together.await();
          VerificationWriter.await(writer.submit(row));
          return stored(row.verification().id());
        }));
      }
      for (int i = 0; i < callers; i++) {
        assertThat(seen.get(i).get()).isEqualTo("{\"name\":\"Caller " + i + "\"}");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aVerificationThatCannotBeStoredFailsOnlyItsOwnCaller() throws Exception {
    CyclicBarrier together = new CyclicBarrier(3);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      VerificationWriter.Row first = row("Good One");
      VerificationWriter.Row tooLong = row("N".repeat(101));
      VerificationWriter.Row second = row("Good Two");
      List<Future<?>> calls = new ArrayList<>();
      for (VerificationWriter.Row row : List.of(first, tooLong, second)) {
        calls.add(pool.submit(() -> {
          together.await();
          VerificationWriter.await(writer.submit(row));
          return null;
        }));
      }
      calls.get(0).get();
      calls.get(2).get();
      assertThatThrownBy(() -> calls.get(1).get()).hasCauseInstanceOf(RegistryException.class);
      assertThat(stored(first.verification().id())).contains("Good One");
      assertThat(stored(second.verification().id())).contains("Good Two");
      assertThat(stored(tooLong.verification().id())).isNull();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rowsAnEventLoopDecidesInOnePassAreHandedOverTogetherWhenItRunsItsNextTask() {
    List<Runnable> loopTasks = new ArrayList<>();
    List<VerificationWriter.Row> rows = List.of(row("Loop One"), row("Loop Two"), row("Loop Three"));
    List<CompletableFuture<Void>> saves = rows.stream().map(row -> writer.submit(row, loopTasks::add)).toList();

    assertThat(loopTasks).hasSize(1);
    assertThat(saves).noneMatch(CompletableFuture::isDone);
    assertThat(stored(rows.get(0).verification().id())).isNull();

    loopTasks.get(0).run();
    saves.forEach(VerificationWriter::await);
    assertThat(rows).allSatisfy(row -> assertThat(stored(row.verification().id())).isEqualTo(
        "{\"name\":\"" + row.verification().request().name() + "\"}"));
  }

  @Test
  void aRowDecidedAfterTheHandOverWaitsForTheLoopsNextTaskInstead() {
    List<Runnable> loopTasks = new ArrayList<>();
    CompletableFuture<Void> first = writer.submit(row("Pass One"), loopTasks::add);
    loopTasks.get(0).run();
    VerificationWriter.Row later = row("Pass Two");
    CompletableFuture<Void> second = writer.submit(later, loopTasks::add);

    assertThat(loopTasks).hasSize(2);
    VerificationWriter.await(first);
    assertThat(second).isNotDone();
    loopTasks.get(1).run();
    VerificationWriter.await(second);
    assertThat(stored(later.verification().id())).contains("Pass Two");
  }

  @Test
  void aLoopThatRefusesTheTaskLeavesNoRowWaiting() {
    VerificationWriter.Row row = row("Shutting Down");
    VerificationWriter.await(writer.submit(row, task -> {
      throw new RejectedExecutionException("event loop shut down");
    }));
    assertThat(stored(row.verification().id())).contains("Shutting Down");
  }

  @Test
  void verificationIdsSortByTheMomentTheyWereIssued() {
    UUID earlier = VerificationIds.next(Instant.parse("2026-07-01T12:00:00.001Z"));
    UUID later = VerificationIds.next(Instant.parse("2026-07-01T12:00:00.002Z"));
    assertThat(earlier.version()).isEqualTo(7);
    assertThat(earlier.variant()).isEqualTo(2);
    assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits())).isNegative();
    assertThat(VerificationIds.next(Instant.EPOCH)).isNotEqualTo(VerificationIds.next(Instant.EPOCH));
  }
}
