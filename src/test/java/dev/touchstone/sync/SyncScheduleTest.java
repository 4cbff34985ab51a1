package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static SyncSchedule at(String time, Map<String, String> overrides) {
    ZonedDateTime now = ZonedDateTime.parse(time + "-04:00[America/New_York]");
    return new SyncSchedule(
        "0 0 3 * * *",
        property -> Optional.ofNullable(overrides.get(property)),
        Clock.fixed(now.toInstant(), NEW_YORK));
  }

  private static ZonedDateTime time(String local) {
    return ZonedDateTime.parse(local + "-04:00[America/New_York]");
  }

  @Test
  void aSourceIsDueOnceTheNightlyTimeHasPassedSinceTheLastLook() {
    SyncSchedule schedule = at("2026-07-02T03:00:30", Map.of());
    assertThat(schedule.isDue("us-wa-doh", time("2026-07-02T02:59:30"))).isTrue();
    assertThat(schedule.isDue("us-wa-doh", time("2026-07-02T03:00:10"))).isFalse();
  }

  @Test
  void aSourceIsNotDueBeforeItsTime() {
    assertThat(at("2026-07-02T02:59:00", Map.of()).isDue("us-wa-doh", time("2026-07-02T02:58:00")))
        .isFalse();
  }

  @Test
  void aSourceOwnScheduleOverridesTheNightlyOne() {
    Map<String, String> monthly = Map.of("touchstone.sync.schedules.us-oig-leie", "0 30 4 15 * *");
    SyncSchedule night = at("2026-07-02T03:00:30", monthly);
    assertThat(night.isDue("us-oig-leie", time("2026-07-02T02:59:30"))).isFalse();
    assertThat(night.isDue("us-wa-doh", time("2026-07-02T02:59:30"))).isTrue();
    assertThat(at("2026-07-15T04:30:05", monthly).isDue("us-oig-leie", time("2026-07-15T04:29:05")))
        .isTrue();
    assertThat(night.cronOf("us-oig-leie")).isEqualTo("0 30 4 15 * *");
  }

  @Test
  void aCronThatDoesNotParseNamesItsProperty() {
    SyncSchedule schedule =
        at("2026-07-02T03:00:30", Map.of("touchstone.sync.schedules.us-wa-doh", "every night"));
    assertThatThrownBy(() -> schedule.validate(java.util.List.of("us-wa-doh")))
        .hasMessageContaining("touchstone.sync.schedules.us-wa-doh")
        .hasMessageContaining("every night");
  }
}
