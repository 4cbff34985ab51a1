package dev.touchstone.verification;

import dev.touchstone.registry.Database;
import dev.touchstone.registry.RegistryException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores verifications with group commit: one thread writes whatever arrived while the previous
 * transaction committed, in one transaction, and each caller returns only once its own row is
 * committed. Under load a commit serves many verifications instead of one; alone, a verification
 * waits for nothing but its own commit.
 *
 * <p>An event loop that decides several verifications in one pass over its connections hands them
 * over together ({@link #submit(Row, Executor)}): waking the writer is a system call, and paid once
 * per verification it cost two thirds as much as the insert.
 */
@Singleton
class VerificationWriter {
  private static final Logger LOG = LoggerFactory.getLogger(VerificationWriter.class);
  private static final int MAX_GROUP = 256;
  private static final String INSERT = "INSERT INTO verification (id, checked_at, verdict, name, state, body_utf8, "
      + "organization_id, requested_by, license_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_OWNED = "INSERT INTO organization_verification (organization_id, checked_at, verification_id) "
      + "VALUES (?, ?, ?)";

  /** One verification to store, with who asked; {@code organizationId} is null for the public. */
  record Row(Verification verification, byte[] body, UUID organizationId, String requestedBy) {}

  private record Pending(Row row, CompletableFuture<Void> stored) {}

  /** Rows one thread gathered, handed over once; a row that comes after starts a new gathering. */
  private static final class Gathering {
    private List<Pending> rows = new ArrayList<>();

    synchronized boolean add(Pending pending) {
      if (rows == null) {
        return false;
      }
      rows.add(pending);
      return true;
    }

    synchronized List<Pending> take() {
      List<Pending> taken = rows;
      rows = null;
      return taken;
    }
  }

  // Stops the writer; an interrupt instead could close H2's file channel under a transaction.
  private static final List<Pending> STOP = new ArrayList<>();

  private final Database database;
  private final BlockingQueue<List<Pending>> queue = new LinkedBlockingQueue<>();
  private final ThreadLocal<Gathering> gathering = new ThreadLocal<>();
  private volatile Thread thread;
  private volatile boolean closed;

  VerificationWriter(Database database) {
    this.database = database;
  }

  /** Waits for a row {@link #submit} queued; throws what kept it from being stored. */
  static <T> T await(CompletableFuture<T> stored) {
    try {
      return stored.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  /** Queues the row; the future completes once it is committed, or exceptionally when it could not be. */
  CompletableFuture<Void> submit(Row row) {
    CompletableFuture<Void> stored = new CompletableFuture<>();
    handOver(List.of(new Pending(row, stored)));
    return stored;
  }

  /**
   * Queues the row as {@link #submit(Row)} does, but hands it to the writer with the others this
   * thread submits until {@code later} runs a task: an event loop's executor, called on the loop,
   * runs it once the loop has handled every request that arrived together.
   */
  CompletableFuture<Void> submit(Row row, Executor later) {
    CompletableFuture<Void> stored = new CompletableFuture<>();
    Pending pending = new Pending(row, stored);
    Gathering current = gathering.get();
    if (current == null || !current.add(pending)) {
      Gathering started = new Gathering();
      started.add(pending);
      gathering.set(started);
      try {
        later.execute(() -> handOver(started.take()));
      } catch (RejectedExecutionException e) {
        handOver(started.take());
      }
    }
    return stored;
  }

  private void handOver(List<Pending> rows) {
    start();
    queue.add(rows);
    if (closed) {
      // The writer may have drained its last group already: never leave a caller waiting.
      drain();
    }
  }

  private void start() {
    if (thread == null) {
      startOnce();
    }
  }

  private synchronized void startOnce() {
    if (thread == null && !closed) {
      thread = new Thread(this::run, "verification-writer");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    while (true) {
      List<Pending> group = new ArrayList<>();
      boolean stop;
      try {
        List<Pending> rows = queue.take();
        stop = rows == STOP;
        group.addAll(rows);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      List<Pending> more;
      while (!stop && group.size() < MAX_GROUP && (more = queue.poll()) != null) {
        stop = more == STOP;
        group.addAll(more);
      }
      if (!group.isEmpty()) {
        commit(group);
      }
      if (stop) {
        drain();
        return;
      }
    }
  }

  private synchronized void drain() {
    List<Pending> rest = new ArrayList<>();
    for (List<Pending> rows = queue.poll(); rows != null; rows = queue.poll()) {
      rest.addAll(rows);
    }
    if (!rest.isEmpty()) {
      commit(rest);
    }
  }

  /** The group in one transaction; if that fails, each row alone, so one bad row fails only its own caller. */
  private void commit(List<Pending> group) {
    try {
      database.inTransaction(connection -> insert(connection, group));
      group.forEach(pending -> pending.stored().complete(null));
      return;
    } catch (RuntimeException e) {
      if (group.size() == 1) {
        group.get(0).stored().completeExceptionally(e);
        return;
      }
      LOG.warn("a group of {} verifications could not be stored together; storing them one by one", group.size(), e);
    }
    for (Pending pending : group) {
      try {
        database.inTransaction(connection -> insert(connection, List.of(pending)));
        pending.stored().complete(null);
      } catch (RuntimeException e) {
        pending.stored().completeExceptionally(e);
      }
    }
  }

  private static Void insert(Connection connection, List<Pending> group) throws SQLException {
    boolean owned = false;
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Pending pending : group) {
        Row row = pending.row();
        Verification verification = row.verification();
        insert.setObject(1, verification.id());
        insert.setObject(2, checkedAt(verification));
        insert.setString(3, verification.verdict().name());
        insert.setString(4, verification.request().name());
        insert.setString(5, verification.request().state());
        insert.setBytes(6, row.body());
        insert.setObject(7, row.organizationId());
        insert.setString(8, row.requestedBy());
        insert.setString(9, verification.request().licenseNumber());
        insert.addBatch();
        owned |= row.organizationId() != null;
      }
      requireOneRowEach(insert.executeBatch());
    }
    if (owned) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_OWNED)) {
        for (Pending pending : group) {
          Row row = pending.row();
          if (row.organizationId() != null) {
            insert.setObject(1, row.organizationId());
            insert.setObject(2, checkedAt(row.verification()));
            insert.setObject(3, row.verification().id());
            insert.addBatch();
          }
        }
        requireOneRowEach(insert.executeBatch());
      }
    }
    return null;
  }

  private static OffsetDateTime checkedAt(Verification verification) {
    return OffsetDateTime.ofInstant(verification.checkedAt(), ZoneOffset.UTC);
  }

  private static void requireOneRowEach(int[] counts) {
    for (int count : counts) {
      if (count != 1 && count != PreparedStatement.SUCCESS_NO_INFO) {
        throw new RegistryException(new SQLException("a verification row was not inserted"));
      }
    }
  }

  @PreDestroy
  void close() {
    closed = true;
    Thread running;
    synchronized (this) {
      running = thread;
    }
    if (running != null) {
      queue.add(STOP);
      try {
        running.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    drain();
  }
}
