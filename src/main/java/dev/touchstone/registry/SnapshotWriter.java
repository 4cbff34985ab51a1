package dev.touchstone.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes one source's snapshot inside the caller's transaction. Nothing it does is visible, or
 * permanent, until that transaction commits; a rollback leaves the registry exactly as it was.
 */
public final class SnapshotWriter<T> implements AutoCloseable {
  private final SnapshotApplier<T> applier;
  private final SnapshotStore<T> store;

  private SnapshotWriter(Connection connection, SnapshotStore<T> store, String sourceId) throws SQLException {
    this.applier = new SnapshotApplier<>(connection, store, sourceId);
    this.store = store;
  }

  /** @param lookupKeyRule the source's {@code license.lookup-key} rule, or null */
  public static SnapshotWriter<NormalizedLicense> licenses(Connection connection, String sourceId,
      java.util.regex.Pattern lookupKeyRule, UUID runId, Instant now) throws SQLException {
    return new SnapshotWriter<>(connection, new LicenseStore(connection, sourceId, lookupKeyRule, runId, now), sourceId);
  }

  public static SnapshotWriter<NormalizedExclusion> exclusions(Connection connection, String sourceId, Instant now)
      throws SQLException {
    return new SnapshotWriter<>(connection, new ExclusionStore(connection, sourceId, now), sourceId);
  }

  public static SnapshotWriter<NormalizedNpiRegistration> npiRegistrations(Connection connection, String sourceId, Instant now)
      throws SQLException {
    return new SnapshotWriter<>(connection, new NpiStore(connection, sourceId, now), sourceId);
  }

  /** A record with its key and content hashes: pure, so a read-ahead thread can do it. */
  public record Prepared<T>(T value, long keyHash, long contentHash) {}

  public Prepared<T> prepare(T record) {
    return applier.prepare(record);
  }

  public void write(Prepared<T> record) throws SQLException {
    applier.apply(record);
  }

  /** A record this run quarantined: its stored version stays as it is, published. */
  public void keep(String key) {
    applier.keep(key);
  }

  public int kept() {
    return applier.kept();
  }

  /** Flushes, then marks every stored record the full snapshot did not contain as unpublished. */
  public WriteCounts finish() throws SQLException {
    return applier.finish();
  }

  /** Writes what is queued and says what the snapshot did so far, before anything is unpublished. */
  public WriteCounts flush() throws SQLException {
    return applier.flush();
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
