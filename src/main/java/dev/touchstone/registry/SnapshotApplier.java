package dev.touchstone.registry;

import dev.touchstone.database.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Applies one source's snapshot to its table inside the caller's transaction: inserts new records,
 * updates changed ones, skips unchanged ones by content hash without touching them, and at the end
 * marks what a full snapshot no longer holds as unpublished. Nothing it does is visible, or
 * permanent, until that transaction commits; a rollback leaves the registry exactly as it was.
 */
public final class SnapshotApplier<T> implements AutoCloseable {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SnapshotApplier.class);
  private final Connection connection;
  private final SnapshotStore<T> store;
  private final String sourceId;
  private final KeyIndex index;
  private int inserted;
  private int updated;
  private int unchanged;
  private int duplicates;
  private int clashes;
  private int kept;

  /**
   * @param lookupKeyRule the source's {@code license.lookup-key} rule, or null
   */
  public static SnapshotApplier<NormalizedLicense> licenses(
      Connection connection, String sourceId, Pattern lookupKeyRule, UUID runId, Instant now)
      throws SQLException {
    return new SnapshotApplier<>(
        connection, new LicenseStore(connection, sourceId, lookupKeyRule, runId, now), sourceId);
  }

  public static SnapshotApplier<NormalizedExclusion> exclusions(
      Connection connection, String sourceId, Instant now) throws SQLException {
    return new SnapshotApplier<>(
        connection, new ExclusionStore(connection, sourceId, now), sourceId);
  }

  public static SnapshotApplier<NormalizedNpiRegistration> npiRegistrations(
      Connection connection, String sourceId, Instant now) throws SQLException {
    return new SnapshotApplier<>(connection, new NpiStore(connection, sourceId, now), sourceId);
  }

  /** A record with its key and content hashes: pure, so a read-ahead thread can do it. */
  public record Prepared<T>(T value, long keyHash, long contentHash) {}

  private SnapshotApplier(Connection connection, SnapshotStore<T> store, String sourceId)
      throws SQLException {
    this.connection = connection;
    this.store = store;
    this.sourceId = sourceId;
    this.index = new KeyIndex(1024);
    long started = System.nanoTime();
    int stored =
        readStoredKeys((key, rows) -> index.putStored(key, rows.getLong(2), rows.getBoolean(3)));
    LOG.info(
        "{}: {} stored records indexed in {} ms",
        sourceId,
        stored,
        (System.nanoTime() - started) / 1_000_000);
  }

  private interface StoredRow {
    void accept(long keyHash, ResultSet row) throws SQLException;
  }

  /**
   * Hands each stored record's key hash and row (key, content_hash, published, id) to {@code each};
   * returns how many.
   */
  private int readStoredKeys(StoredRow each) throws SQLException {
    int count = 0;
    try (PreparedStatement select =
        connection.prepareStatement(store.storedKeys().query(Sql.isH2(connection)))) {
      select.setString(1, sourceId);
      select.setFetchSize(10_000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          each.accept(KeyIndex.hashKey(rows.getString(1)), rows);
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The record with the hashes {@link #apply} compares, computed wherever is convenient (another
   * thread).
   */
  public Prepared<T> prepare(T record) {
    return new Prepared<>(record, KeyIndex.hashKey(store.key(record)), store.hash(record));
  }

  public void apply(Prepared<T> prepared) throws SQLException {
    T record = prepared.value();
    long key = prepared.keyHash();
    long hash = prepared.contentHash();
    int slot = index.find(key);
    if (slot < 0) {
      store.insert(record, hash);
      index.putSeen(key, hash);
      inserted++;
    } else if (index.seen(slot)) {
      if (index.value(slot) == hash) {
        duplicates++;
      } else {
        store.flush();
        store.update(record, hash);
        index.markSeen(slot, hash);
        clashes++;
      }
    } else if (index.value(slot) == hash && index.published(slot)) {
      index.markSeen(slot, hash);
      unchanged++;
    } else {
      store.update(record, hash);
      index.markSeen(slot, hash);
      updated++;
    }
  }

  /** A record this run could not load but whose key it knows: keep its last good version. */
  public void keep(String key) {
    int slot = index.find(KeyIndex.hashKey(key));
    if (slot >= 0 && !index.seen(slot)) {
      index.markSeen(slot, index.value(slot));
      kept++;
    }
  }

  /** Writes what is queued and says what the snapshot did so far. */
  public WriteCounts flush() throws SQLException {
    store.flush();
    return new WriteCounts(inserted, updated, unchanged, 0, duplicates, clashes, kept);
  }

  /**
   * What finishing this full snapshot would do to the listed records: how many it would mark as no
   * longer listed, of how many listed when the run began.
   */
  public record Shrink(int wouldUnpublish, int listedBefore) {}

  public Shrink shrink() {
    return new Shrink(index.unseenPublished(), index.storedPublished());
  }

  /** Flushes, then marks every stored record the (full) snapshot did not contain as unpublished. */
  public WriteCounts finish() throws SQLException {
    store.flush();
    List<Long> missing = new ArrayList<>();
    if (index.anyUnseenPublished()) {
      // Rare (records gone from the board), so their row ids are looked up again rather than kept
      // for every record.
      readStoredKeys(
          (key, rows) -> {
            if (index.isUnseenPublished(key)) {
              missing.add(rows.getLong(4));
            }
          });
    }
    for (int from = 0; from < missing.size(); from += 1000) {
      store.unpublish(missing.subList(from, Math.min(missing.size(), from + 1000)));
    }
    return new WriteCounts(inserted, updated, unchanged, missing.size(), duplicates, clashes, kept);
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
