package dev.touchstone.sync;

import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly sync: every minute it asks {@link SyncSchedule} which sources came due since the last
 * look and hands them to the sync, one after another on the sync executor. Every instance does
 * this; the sync runs each due time once, however many instances are up.
 */
@Singleton
@Requires(property = "touchstone.sync.scheduled", notEquals = "false")
class ScheduledSync {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledSync.class);
  private final SourceDefinitions sources;
  private final SyncSchedule schedule;
  private final SyncService sync;
  private final ExecutorService executor;
  private final Clock clock;
  private ZonedDateTime lastLook;

  public ScheduledSync(
      SourceDefinitions sources,
      SyncSchedule schedule,
      SyncService sync,
      @Named("sync") ExecutorService executor,
      Clock clock) {
    this.sources = sources;
    this.schedule = schedule;
    this.sync = sync;
    this.executor = executor;
    this.clock = clock;
    schedule.validate(sources.all().stream().map(SourceDefinition::id).toList());
    this.lastLook = ZonedDateTime.now(clock);
  }

  @Scheduled(fixedDelay = "${touchstone.sync.tick:1m}")
  synchronized void tick() {
    ZonedDateTime since = lastLook;
    lastLook = ZonedDateTime.now(clock);
    for (SourceDefinition source : sources.all()) {
      if (source.enabled()) {
        schedule
            .dueAt(source.id(), since)
            .ifPresent(due -> executor.submit(() -> start(source.id(), due)));
      }
    }
  }

  private void start(String sourceId, ZonedDateTime due) {
    try {
      if (sync.runScheduled(sourceId, due.toInstant()).isEmpty()) {
        LOG.info(
            "scheduled sync of {} for {} skipped: another instance already ran it", sourceId, due);
      }
    } catch (SyncAlreadyRunningException e) {
      LOG.info("scheduled sync of {} skipped: a sync of it is already running", sourceId);
    }
  }
}
