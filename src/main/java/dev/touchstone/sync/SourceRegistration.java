package dev.touchstone.sync;

import dev.touchstone.registry.SourceStates;
import dev.touchstone.source.SourceDefinitions;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up: registers every configured source, and marks runs left RUNNING by a process that
 * died as ABORTED — their transaction never committed, so the registry holds none of their work.
 */
@Singleton
class SourceRegistration {
  private static final Logger LOG = LoggerFactory.getLogger(SourceRegistration.class);

  private final SourceDefinitions sources;
  private final SourceStates states;
  private final SyncRunRepository runs;
  private final Clock clock;

  SourceRegistration(SourceDefinitions sources, SourceStates states, SyncRunRepository runs, Clock clock) {
    this.sources = sources;
    this.states = states;
    this.runs = runs;
    this.clock = clock;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    states.register(sources.all());
    for (SyncRun orphan : new ArrayList<>(runs.findByOutcome(SyncOutcome.RUNNING))) {
      LOG.warn("run {} of {} was interrupted by a previous shutdown; marking it ABORTED", orphan.id(), orphan.sourceId());
      runs.update(new SyncRun(orphan.id(), orphan.sourceId(), orphan.startedAt(), clock.instant(), SyncOutcome.ABORTED,
          orphan.fetched(), 0, 0, 0, 0, orphan.filtered(), orphan.quarantined(),
          "the service stopped during this run; nothing it wrote was kept", orphan.warnings()));
    }
  }
}
