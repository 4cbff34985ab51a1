package dev.touchstone.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One run of one source's sync, as recorded. */
@MappedEntity(value = "sync_run", escape = false)
public record SyncRun(
    @Id UUID id,
    String sourceId,
    Instant startedAt,
    @Nullable Instant finishedAt,
    SyncOutcome outcome,
    int fetched,
    int inserted,
    int updated,
    int unchanged,
    int unpublished,
    int filtered,
    int quarantined,
    @Nullable String error,
    @Nullable String warnings,
    SyncMode mode) {

  public static SyncRun started(UUID id, String sourceId, Instant at) {
    return new SyncRun(
        id,
        sourceId,
        at,
        null,
        SyncOutcome.RUNNING,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        null,
        null,
        SyncMode.FULL);
  }

  /**
   * This run as ended by the death of the instance running it: its transaction never committed, so
   * it wrote nothing.
   */
  public SyncRun aborted(Instant at, String why) {
    return new SyncRun(
        id,
        sourceId,
        startedAt,
        at,
        SyncOutcome.ABORTED,
        fetched,
        0,
        0,
        0,
        0,
        filtered,
        quarantined,
        why,
        warnings,
        mode);
  }
}
