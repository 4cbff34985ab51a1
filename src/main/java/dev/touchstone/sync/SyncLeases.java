package dev.touchstone.sync;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance runs each source's sync. A run takes its source's lease row in a row-locked
 * transaction, renews it while it works, and gives it back when it ends; an instance that dies
 * stops renewing, and once the lease expires another instance takes over. A holder on this host
 * whose process is gone (a crash, {@code kill -9}, a restart) is known dead at once.
 */
@Singleton
class SyncLeases {
  private static final Logger LOG = LoggerFactory.getLogger(SyncLeases.class);

  private final Database database;
  private final Duration ttl;
  private final Holder me;
  private final Map<String, UUID> held = new ConcurrentHashMap<>();

  SyncLeases(Database database, LeaseSettings settings) {
    this.database = database;
    this.ttl = settings.ttl();
    this.me = Holder.current();
  }

  /**
   * What {@link #acquire} found: the lease taken (and the run of a dead holder it replaced), or
   * held by someone alive.
   */
  public sealed interface Result {}

  public record Acquired(Optional<UUID> abandonedRun) implements Result {}

  public record Refused(String holder, Instant until) implements Result {}

  /** One source's lease row as stored. */
  public record Lease(String sourceId, String holder, UUID runId, Instant expiresAt) {
    boolean liveAt(Instant now) {
      return holder != null
          && expiresAt != null
          && expiresAt.isAfter(now)
          && !Holder.parse(holder).isDeadHere();
    }
  }

  /** This instance's name in lease rows: host, process id and a per-start nonce. */
  public String holder() {
    return me.toString();
  }

  public Result acquire(String sourceId, UUID runId) {
    Result result =
        database.inTransaction(
            connection -> {
              Instant now = databaseNow(connection);
              Lease current = lockRow(connection, sourceId);
              if (current.liveAt(now)) {
                return new Refused(current.holder(), current.expiresAt());
              }
              try (PreparedStatement take =
                  connection.prepareStatement(
                      "UPDATE sync_lease SET holder = ?, run_id = ?, acquired_at = ?, expires_at = ? WHERE source_id = ?")) {
                take.setString(1, holder());
                take.setObject(2, runId);
                Sql.instant(take, 3, now);
                Sql.instant(take, 4, now.plus(ttl));
                take.setString(5, sourceId);
                take.executeUpdate();
              }
              return new Acquired(
                  current.holder() == null
                      ? Optional.empty()
                      : Optional.ofNullable(current.runId()));
            });
    if (result instanceof Acquired) {
      held.put(sourceId, runId);
    }
    return result;
  }

  /**
   * Inside the run's own transaction, just before it commits: locks the lease row and fails the run
   * if another instance has taken the source over, so two holders never both commit.
   */
  public void confirm(Connection connection, String sourceId, UUID runId) throws SQLException {
    Lease current = lockRow(connection, sourceId);
    if (!holder().equals(current.holder()) || !runId.equals(current.runId())) {
      throw new LeaseLostException(sourceId, current.holder());
    }
  }

  public void release(String sourceId, UUID runId) {
    held.remove(sourceId, runId);
    database.inTransaction(
        connection -> {
          try (PreparedStatement free =
              connection.prepareStatement(
                  "UPDATE sync_lease SET holder = NULL, run_id = NULL, "
                      + "acquired_at = NULL, expires_at = NULL WHERE source_id = ? AND holder = ? AND run_id = ?")) {
            free.setString(1, sourceId);
            free.setString(2, holder());
            free.setObject(3, runId);
            return free.executeUpdate();
          }
        });
  }

  /**
   * Pushes the expiry of every lease this instance holds forward; a lease found taken over is given
   * up.
   */
  @Scheduled(fixedDelay = "${touchstone.sync.lease.renew-every:20s}")
  public void renew() {
    held.forEach(
        (sourceId, runId) -> {
          try {
            int renewed =
                database.inTransaction(
                    connection -> {
                      Instant now = databaseNow(connection);
                      try (PreparedStatement extend =
                          connection.prepareStatement(
                              "UPDATE sync_lease SET expires_at = ? WHERE source_id = ? AND holder = ? AND run_id = ?")) {
                        Sql.instant(extend, 1, now.plus(ttl));
                        extend.setString(2, sourceId);
                        extend.setString(3, holder());
                        extend.setObject(4, runId);
                        return extend.executeUpdate();
                      }
                    });
            if (renewed == 0) {
              LOG.error(
                  "the sync lease of {} was taken over by another instance; run {} will not commit",
                  sourceId,
                  runId);
              held.remove(sourceId, runId);
            }
          } catch (RuntimeException e) {
            LOG.warn(
                "could not renew the sync lease of {}; trying again at the next renewal: {}",
                sourceId,
                e.getMessage());
          }
        });
  }

  /** Every source's lease, as the database has it now, with the database's time. */
  public Map<String, Lease> all() {
    return database.read(
        connection -> {
          Map<String, Lease> leases = new HashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT source_id, holder, run_id, expires_at FROM sync_lease");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              Lease lease = lease(rows);
              leases.put(lease.sourceId(), lease);
            }
          }
          return leases;
        });
  }

  /** Whether the lease is held by a live instance at the database's current time. */
  public boolean isLive(Lease lease) {
    return lease.liveAt(database.read(SyncLeases::databaseNow));
  }

  private static Lease lockRow(Connection connection, String sourceId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT source_id, holder, run_id, expires_at FROM sync_lease WHERE source_id = ? FOR UPDATE")) {
      select.setString(1, sourceId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException(
              "source " + sourceId + " has no lease row; it was never registered");
        }
        return lease(row);
      }
    }
  }

  private static Lease lease(ResultSet row) throws SQLException {
    return new Lease(
        row.getString("source_id"),
        row.getString("holder"),
        row.getObject("run_id", UUID.class),
        Sql.instant(row, "expires_at"));
  }

  private static Instant databaseNow(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT CURRENT_TIMESTAMP");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getObject(1, java.time.OffsetDateTime.class).toInstant();
    }
  }

  /**
   * {@code host/pid/process/instance}: the process part tells a restarted process from the one
   * before it under the same pid; the instance part tells two application contexts of one process
   * apart.
   */
  record Holder(String host, long pid, String process, String instance) {
    private static final String PROCESS = nonce();
    private static final String HOST = machine();

    static Holder current() {
      return new Holder(HOST, ProcessHandle.current().pid(), PROCESS, nonce());
    }

    static Holder parse(String text) {
      String[] parts = text.split("/", -1);
      try {
        return parts.length == 4
            ? new Holder(parts[0], Long.parseLong(parts[1]), parts[2], parts[3])
            : new Holder(text, -1, "", "");
      } catch (NumberFormatException e) {
        return new Holder(text, -1, "", "");
      }
    }

    /**
     * A holder on this host is dead when its process is gone, or when it has this process's id but
     * not its start (a container restarted under the same pid). Holders elsewhere are judged by
     * expiry alone.
     */
    boolean isDeadHere() {
      if (pid < 0 || !host.equals(HOST)) {
        return false;
      }
      if (pid == ProcessHandle.current().pid()) {
        return !process.equals(PROCESS);
      }
      return ProcessHandle.of(pid).map(other -> !other.isAlive()).orElse(true);
    }

    @Override
    public String toString() {
      return host + "/" + pid + "/" + process + "/" + instance;
    }

    private static String nonce() {
      return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * This machine, as only its own processes name it: the host name with a digest of the kernel's
     * boot id and this process's PID namespace, so containers sharing a host name (each with its
     * JVM as pid 1) never pass for one another. Where those cannot be read, a random id of this
     * process alone: no other holder is then ever judged dead here, only by its lease's expiry
     * (security-2026-12 F14).
     */
    static String machine() {
      String name;
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        name = System.getenv().getOrDefault("HOSTNAME", "host");
      }
      name = name.replace('/', '_');
      try {
        String boot =
            java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/random/boot_id"))
                .strip();
        String namespace =
            java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/ns/pid"))
                .toString();
        if (boot.isEmpty() || namespace.isEmpty()) {
          return name + "~process-" + PROCESS;
        }
        byte[] digest =
            java.security.MessageDigest.getInstance("SHA-256")
                .digest((boot + "|" + namespace).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return name + "~" + java.util.HexFormat.of().formatHex(digest, 0, 6);
      } catch (java.io.IOException
          | UnsupportedOperationException
          | SecurityException
          | java.security.NoSuchAlgorithmException e) {
        return name + "~process-" + PROCESS;
      }
    }
  }
}
