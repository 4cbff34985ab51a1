package dev.touchstone.sync;

import dev.touchstone.source.SourceFreshness;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The sync's numbers for Prometheus: per source, when it last synced successfully and how old that
 * is, and per run its duration and the records by what became of them. Freshness is read from the
 * database (another instance may have synced) at most every few seconds.
 */
@Singleton
class SyncMetrics {
  private static final Duration REREAD_AFTER = Duration.ofSeconds(5);

  private final MeterRegistry registry;
  private final SourceFreshness freshness;
  private final Clock clock;
  private volatile Map<String, SourceFreshness.Freshness> lastRead = Map.of();
  private volatile Instant readAt = Instant.EPOCH;

  public SyncMetrics(MeterRegistry registry, SourceFreshness freshness, Clock clock) {
    this.registry = registry;
    this.freshness = freshness;
    this.clock = clock;
    for (SourceFreshness.Freshness source : freshness.all()) {
      String id = source.source().id();
      gauge(
          "touchstone.source.last.success",
          "seconds",
          "When the source last synced successfully, since the epoch (NaN: never)",
          id,
          f -> f.lastSyncedAt() == null ? Double.NaN : f.lastSyncedAt().getEpochSecond());
      gauge(
          "touchstone.source.age",
          "seconds",
          "Time since the source last synced successfully (NaN: never)",
          id,
          f ->
              f.lastSyncedAt() == null
                  ? Double.NaN
                  : Duration.between(f.lastSyncedAt(), clock.instant()).toSeconds());
      gauge(
          "touchstone.source.stale",
          null,
          "1 when the source is past its allowed age or never synced, else 0",
          id,
          f -> f.stale() ? 1 : 0);
      gauge(
          "touchstone.source.records",
          null,
          "Records in the source's last good snapshot",
          id,
          f -> f.records() == null ? Double.NaN : f.records());
    }
  }

  private void gauge(
      String name,
      String unit,
      String description,
      String sourceId,
      ToDoubleFunction<SourceFreshness.Freshness> value) {
    Gauge.builder(
            name,
            this,
            metrics -> {
              SourceFreshness.Freshness current = metrics.current().get(sourceId);
              return current == null ? Double.NaN : value.applyAsDouble(current);
            })
        .description(description)
        .baseUnit(unit)
        .tag("source", sourceId)
        .register(registry);
  }

  private Map<String, SourceFreshness.Freshness> current() {
    Instant now = clock.instant();
    if (Duration.between(readAt, now).compareTo(REREAD_AFTER) > 0) {
      List<SourceFreshness.Freshness> all = freshness.all();
      lastRead =
          all.stream().collect(java.util.stream.Collectors.toMap(f -> f.source().id(), f -> f));
      readAt = now;
    }
    return lastRead;
  }

  /** Records one finished run. */
  void recordRun(SyncRun run, Map<String, Integer> quarantinedByReason) {
    String source = run.sourceId();
    Timer.builder("touchstone.sync.run.duration")
        .description("How long sync runs take")
        .tags("source", source, "outcome", run.outcome().name(), "mode", run.mode().name())
        .register(registry)
        .record(
            Duration.between(
                run.startedAt(), run.finishedAt() == null ? clock.instant() : run.finishedAt()));
    records(source, "fetched", run.fetched());
    records(source, "inserted", run.inserted());
    records(source, "updated", run.updated());
    records(source, "unchanged", run.unchanged());
    records(source, "unpublished", run.unpublished());
    records(source, "filtered", run.filtered());
    records(source, "quarantined", run.quarantined());
    quarantinedByReason.forEach(
        (reason, count) ->
            Counter.builder("touchstone.sync.quarantined.rows")
                .description("Rows quarantined by sync runs, by reason")
                .tags("source", source, "reason", reason)
                .register(registry)
                .increment(count));
  }

  private void records(String source, String outcome, int count) {
    Counter.builder("touchstone.sync.records")
        .description("Records handled by sync runs, by what became of them")
        .tags("source", source, "outcome", outcome)
        .register(registry)
        .increment(count);
  }
}
