package dev.touchstone.sync;

import dev.touchstone.database.Database;
import dev.touchstone.database.DatabaseException;
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
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one source's sync and records it: the run row first, then the snapshot in one transaction,
 * then the outcome. A failure of any kind rolls the snapshot back and is recorded as FAILED with
 * its reason; it never escapes as a half-written registry.
 */
@Singleton
public class SyncService {
  private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

  private final SourceDefinitions sources;

  /** Runs started with the operator's acceptShrink, until they finish (same instance). */
  private final java.util.Set<java.util.UUID> shrinkAccepted =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final SourceStates states;
  private final Database database;
  private final SyncRunBook book;
  private final Clock clock;
  private final ApplicationEventPublisher<RegistryChanged> events;
  private final ApplicationEventPublisher<SyncCommitted> committed;
  private final SyncLeases leases;
  private final IncrementalPolicy incremental;
  private final LicenseKeys keys;

  SyncService(
      SourceDefinitions sources,
      SourceStates states,
      Database database,
      SyncRunBook book,
      Clock clock,
      ApplicationEventPublisher<RegistryChanged> events,
      ApplicationEventPublisher<SyncCommitted> committed,
      SyncLeases leases,
      IncrementalPolicy incremental,
      LicenseKeys keys) {
    this.sources = sources;
    this.states = states;
    this.database = database;
    this.book = book;
    this.clock = clock;
    this.events = events;
    this.committed = committed;
    this.leases = leases;
    this.incremental = incremental;
    this.keys = keys;
  }

  /**
   * Takes the source's lease and records a RUNNING run, or refuses when a run is already in
   * progress in this process or in another instance on the same database. A run left behind by a
   * dead instance whose lease this one takes over is marked ABORTED.
   */
  public SyncRun start(String sourceId) {
    return book.open(sourceId, null).orElseThrow();
  }

  /**
   * As {@link #start}, for a run an operator allows to take more than the source's
   * max-unpublish-fraction off the list (the board really dropped them).
   */
  public SyncRun startAcceptingShrink(String sourceId) {
    SyncRun run = start(sourceId);
    shrinkAccepted.add(run.id());
    return run;
  }

  /**
   * The scheduled sync of one due time: every instance asks for it, the first to take the lease
   * runs it, and the others find a run that started at or after the due time and do nothing.
   *
   * @return the run, or empty when this due time's run already happened
   */
  public Optional<SyncRun> runScheduled(String sourceId, Instant due) {
    return book.open(sourceId, due).map(this::complete);
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
    SourceDefinition source =
        sources.find(run.sourceId()).orElseThrow(() -> new UnknownSourceException(run.sourceId()));
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
      return book.close(
          run,
          report.needsAttention() ? SyncOutcome.PARTIAL : SyncOutcome.SUCCEEDED,
          counts,
          report,
          null,
          mode);
    } catch (SourceReadException | SnapshotRejectedException e) {
      LOG.warn("sync of {} failed; the registry is unchanged: {}", source.id(), e.getMessage());
      return book.close(
          run, SyncOutcome.FAILED, WriteCounts.NONE, report, e.getMessage(), SyncMode.FULL);
    } catch (LeaseLostException e) {
      LOG.error("sync of {} discarded: {}", source.id(), e.getMessage());
      return book.close(
          run, SyncOutcome.FAILED, WriteCounts.NONE, report, e.getMessage(), SyncMode.FULL);
    } catch (DatabaseException e) {
      LOG.error("sync of {} failed on the database; the registry is unchanged", source.id(), e);
      return book.close(
          run, SyncOutcome.FAILED, WriteCounts.NONE, report, e.getMessage(), SyncMode.FULL);
    } catch (RuntimeException e) {
      LOG.error("sync of {} failed unexpectedly; the registry is unchanged", source.id(), e);
      return book.close(
          run, SyncOutcome.FAILED, WriteCounts.NONE, report, "internal error: " + e, SyncMode.FULL);
    } catch (Error e) {
      // Runs are started from executors that would swallow this: say it, and close the run if the
      // JVM still can.
      LOG.error("sync of {} stopped by a JVM error; the registry is unchanged", source.id(), e);
      try {
        book.close(
            run,
            SyncOutcome.FAILED,
            WriteCounts.NONE,
            report,
            "internal error: " + e,
            SyncMode.FULL);
      } catch (RuntimeException | Error again) {
        e.addSuppressed(again);
      }
      throw e;
    } finally {
      shrinkAccepted.remove(run.id());
      book.release(run);
    }
  }

  /**
   * Fetches, normalizes and writes one snapshot in one transaction, which commits only if this
   * instance still holds the lease.
   */
  private Written snapshot(
      SyncRun run, SourceDefinition source, RunReport report, boolean conditional) {
    Instant now = clock.instant();
    LocalDate asOf = LocalDate.now(clock);
    return database.inTransaction(
        connection -> {
          SourceStates.State state = states.find(connection, source.id()).orElse(null);
          Integer lastGood = state == null ? null : state.lastSnapshotRecords();
          book.reading(source.id(), report, lastGood);
          ConditionalGet get =
              conditional && lastGood != null
                  ? ConditionalGet.from(states.validators(connection, source.id()))
                  : ConditionalGet.off();
          IncrementalRead changes = incremental.readFor(source, state, run.id(), now);
          SourceSnapshot snapshot =
              new SourceSnapshot(
                  source,
                  sources.adapterFor(source),
                  run.id(),
                  now,
                  asOf,
                  lastGood,
                  report,
                  get,
                  changes,
                  keys,
                  shrinkAccepted.contains(run.id()));
          WriteCounts written = snapshot.apply(connection);
          int records = changes.isIncremental() ? lastGood + written.inserted() : written.records();
          states.recordSuccess(connection, source.id(), now, records);
          states.recordCursor(
              connection, source.id(), changes.newest(), changes.isIncremental() ? null : now);
          states.keepValidators(connection, source.id(), get.received());
          leases.confirm(connection, source.id(), run.id());
          LOG.info(
              "sync of {}: snapshot written in {} ms; committing",
              source.id(),
              Duration.between(now, clock.instant()).toMillis());
          return new Written(
              written, changes.isIncremental() ? SyncMode.INCREMENTAL : SyncMode.FULL);
        });
  }

  private record Written(WriteCounts counts, SyncMode mode) {}

  /**
   * The board says nothing changed: the last good snapshot is confirmed as of now, and nothing else
   * is touched.
   */
  private WriteCounts confirmUnchanged(SyncRun run) {
    return database.inTransaction(
        connection -> {
          int records =
              states
                  .find(connection, run.sourceId())
                  .map(SourceStates.State::lastSnapshotRecords)
                  .orElse(0);
          states.recordSuccess(connection, run.sourceId(), clock.instant(), records);
          leases.confirm(connection, run.sourceId(), run.id());
          return new WriteCounts(0, 0, records, 0, 0, 0, 0);
        });
  }

  /** How far each running sync has read, by source. */
  public Map<String, SyncProgress> progress() {
    return book.progress();
  }

  /** Starts and completes a run on the calling thread. */
  public SyncRun run(String sourceId) {
    return complete(start(sourceId));
  }
}
