package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.TestDatabases;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Today" is the pinned date when one is set, and the real one when the setting is left empty. */
class ClockSettingsTest {

  private static LocalDate today(String fixedDate) {
    Map<String, Object> properties = new HashMap<>(TestDatabases.fresh());
    properties.put("touchstone.clock.fixed-date", fixedDate);
    properties.put("touchstone.clock.zone", "America/Denver");
    try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
      return LocalDate.now(context.getBean(Clock.class));
    }
  }

  @Test
  void aPinnedDateIsToday() {
    assertThat(today("2026-07-01")).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void anEmptySettingLeavesTheRealDate() {
    LocalDate before = LocalDate.now(ZoneId.of("America/Denver"));
    LocalDate today = today("");
    assertThat(today).isBetween(before, LocalDate.now(ZoneId.of("America/Denver")));
  }
}
