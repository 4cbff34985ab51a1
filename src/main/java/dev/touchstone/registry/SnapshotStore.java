package dev.touchstone.registry;

import java.sql.SQLException;
import java.util.List;

/** One table's side of applying a snapshot: keys, hashes and the writes themselves. */
interface SnapshotStore<T> extends AutoCloseable {

  /** {@code SELECT key, content_hash, published, id FROM … WHERE source_id = ?} */
  String storedKeysQuery();

  String key(T record);

  long hash(T record);

  /** Queues a new record; written at the latest on {@link #flush()}. */
  void insert(T record) throws SQLException;

  /** Writes a changed (or republished) record now, with its history. */
  void update(T record) throws SQLException;

  void flush() throws SQLException;

  /** Marks records (by row id) missing from a full snapshot as no longer published; never deletes them. */
  void unpublish(List<Long> rowIds) throws SQLException;

  @Override
  void close() throws SQLException;
}
