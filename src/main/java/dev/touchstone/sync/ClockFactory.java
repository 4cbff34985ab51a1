package dev.touchstone.sync;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's clock. {@code touchstone.clock.fixed-date} pins "today" for reproducible runs and
 * demos while time of day still moves, so runs keep their order.
 */
@Factory
class ClockFactory {

  @Singleton
  Clock clock(ClockSettings settings) {
    ZoneId zoneId = ZoneId.of(settings.zone());
    Clock system = Clock.system(zoneId);
    LocalDate pinned = settings.fixedDate();
    if (pinned == null) {
      return system;
    }
    Duration shift =
        Duration.between(LocalDate.now(system).atStartOfDay(zoneId), pinned.atStartOfDay(zoneId));
    return Clock.offset(system, shift);
  }
}
