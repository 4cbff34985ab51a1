package dev.touchstone.sync;

import dev.touchstone.database.Database;
import dev.touchstone.registry.LookupKeyRules;
import dev.touchstone.registry.RegistryChanged;
import dev.touchstone.source.RecordKind;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceStates;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up: registers every configured source, re-keys the stored licenses of a source whose
 * {@code license.lookup-key} rule changed (so numbers typed the new way find them before its next
 * sync), and marks runs left RUNNING by a process that died as ABORTED — their transaction never
 * committed, so the registry holds none of their work. A run that another live instance still holds
 * the lease for is left alone.
 */
@Singleton
class SourceRegistration {
  private static final Logger LOG = LoggerFactory.getLogger(SourceRegistration.class);

  private final SourceDefinitions sources;
  private final SourceStates states;
  private final SyncRunRepository runs;
  private final Clock clock;
  private final SyncLeases leases;
  private final Database database;
  private final ApplicationEventPublisher<RegistryChanged> events;

  SourceRegistration(
      SourceDefinitions sources,
      SourceStates states,
      SyncRunRepository runs,
      Clock clock,
      SyncLeases leases,
      Database database,
      ApplicationEventPublisher<RegistryChanged> events) {
    this.database = database;
    this.events = events;
    this.sources = sources;
    this.states = states;
    this.runs = runs;
    this.clock = clock;
    this.leases = leases;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    states.register(sources.all());
    sources.all().stream()
        .filter(source -> source.records() == RecordKind.LICENSES)
        .forEach(this::alignLookupKeys);
    Map<String, SyncLeases.Lease> current = leases.all();
    for (SyncRun orphan : new ArrayList<>(runs.findByOutcome(SyncOutcome.RUNNING))) {
      SyncLeases.Lease lease = current.get(orphan.sourceId());
      if (lease != null && orphan.id().equals(lease.runId()) && leases.isLive(lease)) {
        continue;
      }
      LOG.warn(
          "run {} of {} was interrupted by a previous shutdown; marking it ABORTED",
          orphan.id(),
          orphan.sourceId());
      runs.update(
          orphan.aborted(
              clock.instant(), "the service stopped during this run; nothing it wrote was kept"));
    }
  }

  private void alignLookupKeys(SourceDefinition source) {
    try {
      int rekeyed =
          database.inTransaction(
              connection ->
                  LookupKeyRules.align(
                      connection,
                      source.id(),
                      source.jurisdiction(),
                      source.license().lookupKeyPattern()));
      if (rekeyed > 0) {
        LOG.info(
            "{}: the license.lookup-key rule changed; {} stored lookup keys recomputed",
            source.id(),
            rekeyed);
        events.publishEvent(new RegistryChanged(source.id()));
      }
    } catch (RuntimeException e) {
      // A sync of the source aligns the keys again, inside its own transaction.
      LOG.warn("{}: stored lookup keys not recomputed at start-up: {}", source.id(), e.toString());
    }
  }
}
