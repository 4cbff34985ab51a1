package dev.touchstone.sync;

import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.cron.CronExpression;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * When each source syncs: the cron of {@code touchstone.sync.schedule} (nightly at 03:00 by
 * default), or a source's own {@code touchstone.sync.schedules.<source-id>}, in the clock's time
 * zone. A cron that does not parse stops start-up with the property named.
 */
@Singleton
class SyncSchedule {
  private final String defaultCron;
  private final Function<String, Optional<String>> properties;
  private final Clock clock;
  private final Map<String, CronExpression> crons = new ConcurrentHashMap<>();

  @Inject
  SyncSchedule(SyncSettings settings, Environment environment, Clock clock) {
    this(settings.schedule(), property -> environment.getProperty(property, String.class), clock);
  }

  SyncSchedule(String defaultCron, Function<String, Optional<String>> properties, Clock clock) {
    this.defaultCron = defaultCron;
    this.properties = properties;
    this.clock = clock;
    parse("touchstone.sync.schedule", defaultCron);
  }

  /** Whether the source's schedule fires after {@code since} and no later than now. */
  public boolean isDue(String sourceId, ZonedDateTime since) {
    return dueAt(sourceId, since).isPresent();
  }

  /** The time the source's schedule fired after {@code since} and no later than now, if it did. */
  public Optional<ZonedDateTime> dueAt(String sourceId, ZonedDateTime since) {
    ZonedDateTime next = cron(sourceId).nextTimeAfter(since);
    return next != null && !next.isAfter(ZonedDateTime.now(clock))
        ? Optional.of(next)
        : Optional.empty();
  }

  /** The cron text that applies to the source. */
  public String cronOf(String sourceId) {
    return properties.apply(property(sourceId)).orElse(defaultCron);
  }

  /** Checks every source's schedule at start-up rather than at the first tick. */
  public void validate(Iterable<String> sourceIds) {
    sourceIds.forEach(this::cron);
  }

  private CronExpression cron(String sourceId) {
    return crons.computeIfAbsent(sourceId, id -> parse(property(id), cronOf(id)));
  }

  private static String property(String sourceId) {
    return "touchstone.sync.schedules." + sourceId;
  }

  private static CronExpression parse(String property, String cron) {
    try {
      return CronExpression.create(cron);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          property
              + ": '"
              + cron
              + "' is not a cron expression (seconds minutes hours "
              + "day-of-month month day-of-week, e.g. '0 0 3 * * *' for 03:00 every day): "
              + e.getMessage(),
          e);
    }
  }
}
