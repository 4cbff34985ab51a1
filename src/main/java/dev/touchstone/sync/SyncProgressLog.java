package dev.touchstone.sync;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On long runs, a log line every few seconds with each running sync's progress. */
@Singleton
class SyncProgressLog {
  private static final Logger LOG = LoggerFactory.getLogger(SyncProgressLog.class);
  private final SyncService sync;

  SyncProgressLog(SyncService sync) {
    this.sync = sync;
  }

  @Scheduled(
      fixedDelay = "${touchstone.sync.progress-log:5s}",
      initialDelay = "${touchstone.sync.progress-log:5s}")
  void log() {
    sync.progress().values().forEach(progress -> LOG.info("sync of {}", progress.describe()));
  }
}
