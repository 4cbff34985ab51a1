package dev.touchstone.sync;

import dev.touchstone.database.Database;
import dev.touchstone.database.DatabaseException;
import dev.touchstone.normalize.Outcome;
import dev.touchstone.registry.LicenseKeys;
import dev.touchstone.registry.RegistryChanged;
import dev.touchstone.registry.WriteCounts;
import dev.touchstone.source.ConditionalGet;
import dev.touchstone.source.IncrementalRead;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceReadException;
import dev.touchstone.source.SourceStates;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * Runs one source's sync and records it: the run row first, then the snapshot in one
 * transaction, then the outcome. A failure of any kind rolls the snapshot back and is recorded
 * as FAILED with its reason; it never escapes as a half-written registry.
 */
@Singleton
public class SyncService {
  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

  private final SourceDefinitions sources;
  private final SourceStates states;
  private final Database database;
  private final SyncRunRepository runs;
  private final QuarantinedRecordRepository quarantine;
  private final Clock clock;
  private final ApplicationEventPublisher<RegistryChanged> events;
  private final ApplicationEventPublisher<SyncCommitted> committed;
  private final SyncLeases leases;
  private final SyncMetrics metrics;
  private final IncrementalPolicy incremental;
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final Map<String, Live> live = new ConcurrentHashMap<>();

  /** A run in progress: what it has read so far, since when, and how many rows the last good snapshot had. */
  private record Live(RunReport report, Instant startedAt, Integer expected) {}

  private final LicenseKeys keys;

  public SyncService(SourceDefinitions sources, SourceStates states, Database database, SyncRunRepository runs,
      QuarantinedRecordRepository quarantine, Clock clock, ApplicationEventPublisher<RegistryChanged> events,
      ApplicationEventPublisher<SyncCommitted> committed, SyncLeases leases,
      SyncMetrics metrics, IncrementalPolicy incremental, LicenseKeys keys) {
    this.keys = keys;
    this.sources = sources;
    this.states = states;
    this.database = database;
    this.runs = runs;
    this.quarantine = quarantine;
    this.clock = clock;
    this.events = events;
    this.committed = committed;
    this.leases = leases;
    this.metrics = metrics;
    this.incremental = incremental;
  }

  /**
   * Takes the source's lease and records a RUNNING run, or refuses when a run is already in
   * progress in this process or in another instance on the same database. A run left behind by
   * a dead instance whose lease this one takes over is marked ABORTED.
   */
  public SyncRun start(String sourceId) {
    return start(sourceId, null).orElseThrow();
  }

  /**
   * The scheduled sync of one due time: every instance asks for it, the first to take the lease
   * runs it, and the others find a run that started at or after the due time and do nothing.
   *
   * @return the run, or empty when this due time's run already happened
   */
  public Optional<SyncRun> runScheduled(String sourceId, Instant due) {
    return start(sourceId, due).map(this::complete);
  }

  private Optional<SyncRun> start(String sourceId, Instant unlessStartedSince) {
    SourceDefinition source = sources.find(sourceId).orElseThrow(() -> new UnknownSourceException(sourceId));
    if (!running.add(source.id())) {
      throw SyncAlreadyRunningException.here(source.id());
    }
    try {
      UUID runId = UUID.randomUUID();
      SyncLeases.Result lease = leases.acquire(source.id(), runId);
      if (lease instanceof SyncLeases.Refused refused) {
        throw SyncAlreadyRunningException.elsewhere(source.id(), refused.holder(), refused.until());
      }
      ((SyncLeases.Acquired) lease).abandonedRun().flatMap(runs::findById)
          .filter(abandoned -> abandoned.outcome() == SyncOutcome.RUNNING)
          .ifPresent(abandoned -> {
            LOG.warn("run {} of {} was abandoned by an instance that stopped; marking it ABORTED", abandoned.id(), source.id());
            runs.update(abandoned.aborted(clock.instant(), "the instance running this sync stopped before it finished; "
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

  /** Whether a run of the source started at or after the time; asked while holding the lease, so no other run can start meanwhile. */
  private boolean startedSince(String sourceId, Instant since) {
    return runs.findBySourceIdOrderByStartedAtDesc(sourceId, Pageable.from(0, 1)).stream()
        .anyMatch(latest -> !latest.startedAt().isBefore(since));
  }

  /**
   * Carries out a run that {@link #start} recorded. After a good snapshot, and once the source is
   * free to sync again, whatever keeps a copy of registry data is told to refresh it.
   */
  public SyncRun complete(SyncRun run) {
    SyncRun finished = carryOut(run);
    if (finished.outcome() == SyncOutcome.SUCCEEDED || finished.outcome() == SyncOutcome.PARTIAL) {
      boolean changed = finished.inserted() + finished.updated() + finished.unpublished() > 0;
      events.publishEvent(new RegistryChanged(run.sourceId(), changed));
      committed.publishEvent(new SyncCommitted(finished));
    }
    return finished;
  }

  private SyncRun carryOut(SyncRun run) {
    SourceDefinition source = sources.find(run.sourceId()).orElseThrow(() -> new UnknownSourceException(run.sourceId()));
    RunReport report = new RunReport();
    try {
      WriteCounts counts;
      SyncMode mode = SyncMode.FULL;
      try {
        Written written = snapshot(run, source, report, true);
        counts = written.counts();
        mode = written.mode();
      } catch (ConditionalGet.Restart e) {
        LOG.info("sync of {}: {}", source.id(), e.getMessage());
        Written written = snapshot(run, source, report, false);
        counts = written.counts();
        mode = written.mode();
      } catch (ConditionalGet.NotModifiedException e) {
        LOG.info("sync of {}: {}", source.id(), e.getMessage());
        counts = confirmUnchanged(run);
        mode = SyncMode.NOT_MODIFIED;
      }
      return finish(run, report.needsAttention() ? SyncOutcome.PARTIAL : SyncOutcome.SUCCEEDED, counts, report, null, mode);
    } catch (SourceReadException | SnapshotRejectedException e) {
      LOG.warn("sync of {} failed; the registry is unchanged: {}", source.id(), e.getMessage());
      return finish(run, SyncOutcome.FAILED, WriteCounts.NONE, report, e.getMessage(), SyncMode.FULL);
    } catch (LeaseLostException e) {
      LOG.error("sync of {} discarded: {}", source.id(), e.getMessage());
      return finish(run, SyncOutcome.FAILED, WriteCounts.NONE, report, e.getMessage(), SyncMode.FULL);
    } catch (DatabaseException e) {
      LOG.error("sync of {} failed on the database; the registry is unchanged", source.id(), e);
      return finish(run, SyncOutcome.FAILED, WriteCounts.NONE, report, e.getMessage(), SyncMode.FULL);
    } catch (RuntimeException e) {
      LOG.error("sync of {} failed unexpectedly; the registry is unchanged", source.id(), e);
      return finish(run, SyncOutcome.FAILED, WriteCounts.NONE, report, "internal error: " + e, SyncMode.FULL);
    } catch (Error e) {
      // Runs are started from executors that would swallow this: say it, and close the run if the JVM still can.
      LOG.error("sync of {} stopped by a JVM error; the registry is unchanged", source.id(), e);
      try {
        finish(run, SyncOutcome.FAILED, WriteCounts.NONE, report, "internal error: " + e, SyncMode.FULL);
      } catch (RuntimeException | Error again) {
        e.addSuppressed(again);
      }
      throw e;
    } finally {
      live.remove(source.id());
      releaseLease(run);
      running.remove(source.id());
    }
  }

  private void releaseLease(SyncRun run) {
    try {
      leases.release(run.sourceId(), run.id());
    } catch (RuntimeException e) {
      LOG.warn("could not give back the sync lease of {}; it expires by itself: {}", run.sourceId(), e.getMessage());
    }
  }

  /** Fetches, normalizes and writes one snapshot in one transaction, which commits only if this instance still holds the lease. */
  private Written snapshot(SyncRun run, SourceDefinition source, RunReport report, boolean conditional) {
    Instant now = clock.instant();
    LocalDate asOf = LocalDate.now(clock);
    return database.inTransaction(connection -> {
      SourceStates.State state = states.find(connection, source.id()).orElse(null);
      Integer lastGood = state == null ? null : state.lastSnapshotRecords();
      live.put(source.id(), new Live(report, clock.instant(), lastGood));
      ConditionalGet get = conditional && lastGood != null
          ? ConditionalGet.from(states.validators(connection, source.id())) : ConditionalGet.off();
      IncrementalRead changes = incremental.readFor(source, state, run.id(), now);
      SourceSnapshot snapshot = new SourceSnapshot(source, sources.adapterFor(source), run.id(), now, asOf, lastGood, report, get,
          changes, keys);
      WriteCounts written = snapshot.apply(connection);
      int records = changes.isIncremental() ? lastGood + written.inserted() : written.records();
      states.recordSuccess(connection, source.id(), now, records);
      states.recordCursor(connection, source.id(), changes.newest(), changes.isIncremental() ? null : now);
      states.keepValidators(connection, source.id(), get.received());
      leases.confirm(connection, source.id(), run.id());
      LOG.info("sync of {}: snapshot written in {} ms; committing", source.id(), Duration.between(now, clock.instant()).toMillis());
      return new Written(written, changes.isIncremental() ? SyncMode.INCREMENTAL : SyncMode.FULL);
    });
  }

  private record Written(WriteCounts counts, SyncMode mode) {}

  /** The board says nothing changed: the last good snapshot is confirmed as of now, and nothing else is touched. */
  private WriteCounts confirmUnchanged(SyncRun run) {
    return database.inTransaction(connection -> {
      int records = states.find(connection, run.sourceId()).map(SourceStates.State::lastSnapshotRecords).orElse(0);
      states.recordSuccess(connection, run.sourceId(), clock.instant(), records);
      leases.confirm(connection, run.sourceId(), run.id());
      return new WriteCounts(0, 0, records, 0, 0, 0);
    });
  }

  /** How far each running sync has read, by source. */
  public Map<String, SyncProgress> progress() {
    Instant now = clock.instant();
    Map<String, SyncProgress> progress = new TreeMap<>();
    live.forEach((source, run) -> progress.put(source,
        new SyncProgress(source, run.report().fetchedCount(), Duration.between(run.startedAt(), now), run.expected())));
    return progress;
  }

  /** Starts and completes a run on the calling thread. */
  public SyncRun run(String sourceId) {
    return complete(start(sourceId));
  }

  private SyncRun finish(SyncRun run, SyncOutcome outcome, WriteCounts counts, RunReport report, String error, SyncMode mode) {
    List<Outcome.Quarantined<?>> rows = report.quarantinedRows();
    quarantine.saveAll(rows.stream()
        .map(q -> new QuarantinedRecord(UUID.randomUUID(), run.id(), q.file(), q.row(), q.reason().code(), clip(q.detail(), 1000)))
        .toList());
    List<String> warnings = report.warnings();
    SyncRun finished = new SyncRun(run.id(), run.sourceId(), run.startedAt(), clock.instant(), outcome, report.fetchedCount(),
        counts.inserted(), counts.updated(), counts.unchanged(), counts.unpublished(), report.filteredCount(),
        report.quarantinedCount(), clip(error, 2000), warnings.isEmpty() ? null : clip(String.join("\n", warnings), 4000), mode);
    LOG.info("sync of {} {} ({}): fetched {}, inserted {}, updated {}, unchanged {}, unpublished {}, filtered {}, quarantined {}",
        run.sourceId(), outcome, mode, finished.fetched(), finished.inserted(), finished.updated(), finished.unchanged(),
        finished.unpublished(), finished.filtered(), finished.quarantined());
    report.alerts().forEach(warning -> LOG.warn("sync of {}: {}", run.sourceId(), warning));
    metrics.recordRun(finished, report.quarantinedByReason());
    return runs.update(finished);
  }

  private static String clip(String text, int width) {
    return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
