package dev.touchstone.sync;

import dev.touchstone.normalize.Outcome;
import dev.touchstone.registry.WriteCounts;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping of sync runs: who may run a source now (in this process and, through the lease,
 * in every instance), the run's row from RUNNING to its outcome with its quarantined rows and
 * metrics, and how far each running sync has read.
 */
@Singleton
class SyncRunBook {
  private static final Logger LOG = LoggerFactory.getLogger(SyncRunBook.class);

  private final SourceDefinitions sources;
  private final SyncRunRepository runs;
  private final QuarantinedRecordRepository quarantine;
  private final SyncLeases leases;
  private final SyncMetrics metrics;
  private final Clock clock;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final Map<String, Live> live = new ConcurrentHashMap<>();

  /**
   * A run in progress: what it has read so far, since when, and how many rows the last good
   * snapshot had.
   */
  private record Live(RunReport report, Instant startedAt, Integer expected) {}

  SyncRunBook(
      SourceDefinitions sources,
      SyncRunRepository runs,
      QuarantinedRecordRepository quarantine,
      SyncLeases leases,
      SyncMetrics metrics,
      Clock clock) {
    this.sources = sources;
    this.runs = runs;
    this.quarantine = quarantine;
    this.leases = leases;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Takes the source's lease and records a RUNNING run, or refuses when a run is already in
   * progress here or in another instance; empty when a run started at or after {@code
   * unlessStartedSince} (if given). A run left behind by a dead instance whose lease this one takes
   * over is marked ABORTED.
   */
  Optional<SyncRun> open(String sourceId, Instant unlessStartedSince) {
    SourceDefinition source =
        sources.find(sourceId).orElseThrow(() -> new UnknownSourceException(sourceId));
    if (!running.add(source.id())) {
      throw SyncAlreadyRunningException.here(source.id());
    }
    try {
      UUID runId = UUID.randomUUID();
      SyncLeases.Result lease = leases.acquire(source.id(), runId);
      if (lease instanceof SyncLeases.Refused refused) {
        throw SyncAlreadyRunningException.elsewhere(source.id(), refused.holder(), refused.until());
      }
      ((SyncLeases.Acquired) lease)
          .abandonedRun()
          .flatMap(runs::findById)
          .filter(abandoned -> abandoned.outcome() == SyncOutcome.RUNNING)
          .ifPresent(
              abandoned -> {
                LOG.warn(
                    "run {} of {} was abandoned by an instance that stopped; marking it ABORTED",
                    abandoned.id(),
                    source.id());
                runs.update(
                    abandoned.aborted(
                        clock.instant(),
                        "the instance running this sync stopped before it finished; "
                            + "nothing it wrote was kept"));
              });
      try {
        if (unlessStartedSince != null && startedSince(source.id(), unlessStartedSince)) {
          leases.release(source.id(), runId);
          running.remove(source.id());
          return Optional.empty();
        }
        return Optional.of(runs.save(SyncRun.started(runId, source.id(), clock.instant())));
      } catch (RuntimeException e) {
        leases.release(source.id(), runId);
        throw e;
      }
    } catch (RuntimeException e) {
      running.remove(source.id());
      throw e;
    }
  }

  /**
   * Whether a run of the source started at or after the time; asked while holding the lease, so no
   * other run can start meanwhile.
   */
  private boolean startedSince(String sourceId, Instant since) {
    return runs.findBySourceIdOrderByStartedAtDesc(sourceId, Pageable.from(0, 1)).stream()
        .anyMatch(latest -> !latest.startedAt().isBefore(since));
  }

  /** Says what a run has read so far, for {@link #progress}. */
  void reading(String sourceId, RunReport report, Integer expected) {
    live.put(sourceId, new Live(report, clock.instant(), expected));
  }

  /** Records the run's outcome, its quarantined rows and its metrics. */
  SyncRun close(
      SyncRun run,
      SyncOutcome outcome,
      WriteCounts counts,
      RunReport report,
      String error,
      SyncMode mode) {
    List<Outcome.Quarantined<?>> rows = report.quarantinedRows();
    quarantine.saveAll(
        rows.stream()
            .map(
                q ->
                    new QuarantinedRecord(
                        UUID.randomUUID(),
                        run.id(),
                        q.file(),
                        q.row(),
                        q.reason().code(),
                        clip(q.detail(), 1000)))
            .toList());
    List<String> warnings = report.warnings();
    SyncRun finished =
        new SyncRun(
            run.id(),
            run.sourceId(),
            run.startedAt(),
            clock.instant(),
            outcome,
            report.fetchedCount(),
            counts.inserted(),
            counts.updated(),
            counts.unchanged(),
            counts.unpublished(),
            report.filteredCount(),
            report.quarantinedCount(),
            clip(error, 2000),
            warnings.isEmpty() ? null : clip(String.join("\n", warnings), 4000),
            mode);
    LOG.info(
        "sync of {} {} ({}): fetched {}, inserted {}, updated {}, unchanged {}, unpublished {}, filtered {}, quarantined {}",
        run.sourceId(),
        outcome,
        mode,
        finished.fetched(),
        finished.inserted(),
        finished.updated(),
        finished.unchanged(),
        finished.unpublished(),
        finished.filtered(),
        finished.quarantined());
    report.alerts().forEach(warning -> LOG.warn("sync of {}: {}", run.sourceId(), warning));
    metrics.recordRun(finished, report.quarantinedByReason());
    return runs.update(finished);
  }

  private static String clip(String text, int width) {
    return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  /** Frees the source for its next run, whatever became of this one. */
  void release(SyncRun run) {
    live.remove(run.sourceId());
    try {
      leases.release(run.sourceId(), run.id());
    } catch (RuntimeException e) {
      LOG.warn(
          "could not give back the sync lease of {}; it expires by itself: {}",
          run.sourceId(),
          e.getMessage());
    }
    running.remove(run.sourceId());
  }

  /** How far each running sync has read, by source. */
  Map<String, SyncProgress> progress() {
    Instant now = clock.instant();
    Map<String, SyncProgress> progress = new TreeMap<>();
    live.forEach(
        (source, run) ->
            progress.put(
                source,
                new SyncProgress(
                    source,
                    run.report().fetchedCount(),
                    Duration.between(run.startedAt(), now),
                    run.expected())));
    return progress;
  }
}
