package dev.touchstone.registry;

import java.sql.SQLException;
import java.util.List;

/** One table's side of applying a snapshot: keys, hashes and the writes themselves. */
interface SnapshotStore<T> extends AutoCloseable {

  /** Where the records are kept, with the key column and the unique index over it. */
  StoredKeys storedKeys();

  /**
   * A table whose unique index on (…, source_id, key, …) includes content_hash and published, so a
   * sync reads every stored record's key and hash from the index alone.
   */
  record StoredKeys(String table, String keyColumn, String uniqueIndex) {
    /**
     * The query for one source's stored keys; on H2, pinned to the index, which its planner would
     * pass over for a table scan.
     */
    String query(boolean h2) {
      return "SELECT "
          + keyColumn
          + ", content_hash, published, id FROM "
          + table
          + (h2 ? " USE INDEX (" + uniqueIndex + ")" : "")
          + " WHERE source_id = ?";
    }
  }

  String key(T record);

  long hash(T record);

  /** Queues a new record with its {@link #hash}; written at the latest on {@link #flush()}. */
  void insert(T record, long contentHash) throws SQLException;

  /** Writes a changed (or republished) record, with its {@link #hash}, now, with its history. */
  void update(T record, long contentHash) throws SQLException;

  void flush() throws SQLException;

  /**
   * Marks records (by row id) missing from a full snapshot as no longer published; never deletes
   * them.
   */
  void unpublish(List<Long> rowIds) throws SQLException;

  @Override
  void close() throws SQLException;
}
