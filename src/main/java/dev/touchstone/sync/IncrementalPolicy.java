package dev.touchstone.sync;

import dev.touchstone.source.IncrementalRead;
import dev.touchstone.source.SocrataSettings;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceStates;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether a run reads only what changed: when the source can list its changes (Socrata), the last
 * run committed and left a cursor, and the last full snapshot is recent enough. Otherwise a full
 * snapshot, which is also the only kind that notices deleted rows. A source that joins a second
 * file (DE's actions) always reads both whole: a license whose row did not change may have a new
 * action, and a changed license must be written with all its actions, not the recent ones.
 */
@Singleton
class IncrementalPolicy {
  private final SyncRunRepository runs;

  IncrementalPolicy(SyncRunRepository runs) {
    this.runs = runs;
  }

  IncrementalRead readFor(
      SourceDefinition source, SourceStates.State state, UUID runId, Instant now) {
    SocrataSettings socrata = source.socrata();
    if (!"socrata".equals(source.adapter())
        || socrata == null
        || !socrata.incremental()
        || source.joinsFiles()
        || state == null
        || state.syncCursor() == null
        || state.lastFullSnapshotAt() == null
        || state.lastSnapshotRecords() == null
        || !state.lastFullSnapshotAt().plus(socrata.fullSnapshotEvery()).isAfter(now)) {
      return IncrementalRead.full();
    }
    boolean lastRunCommitted =
        runs.findBySourceIdOrderByStartedAtDesc(source.id(), Pageable.from(0, 2)).stream()
            .filter(previous -> !previous.id().equals(runId))
            .findFirst()
            .map(
                previous ->
                    previous.outcome() == SyncOutcome.SUCCEEDED
                        || previous.outcome() == SyncOutcome.PARTIAL)
            .orElse(false);
    return lastRunCommitted ? IncrementalRead.since(state.syncCursor()) : IncrementalRead.full();
  }
}
