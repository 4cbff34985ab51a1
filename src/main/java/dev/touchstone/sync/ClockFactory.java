package dev.touchstone.sync;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's clock. {@code touchstone.clock.fixed-date} pins "today" for reproducible runs
 * and demos while time of day still moves, so runs keep their order.
 */
@Factory
class ClockFactory {

  @Singleton
  Clock clock(@Nullable @Value("${touchstone.clock.fixed-date:}") String fixedDate,
      @Value("${touchstone.clock.zone:America/New_York}") String zone) {
    ZoneId zoneId = ZoneId.of(zone);
    Clock system = Clock.system(zoneId);
    if (fixedDate == null || fixedDate.isBlank()) {
      return system;
    }
    LocalDate pinned = LocalDate.parse(fixedDate.trim());
    Duration shift = Duration.between(LocalDate.now(system).atStartOfDay(zoneId), pinned.atStartOfDay(zoneId));
    return Clock.offset(system, shift);
  }
}
