package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostPacerTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final HostPacer pacer = new HostPacer(Duration.ofMillis(250), now::get);

  @Test
  void theFirstCallToAHostGoesAtOnce() {
    assertThat(pacer.reserve("data.wa.gov")).isZero();
  }

  @Test
  void callsToOneHostInQuickSuccessionAreSpacedByTheInterval() {
    pacer.reserve("data.wa.gov");
    assertThat(pacer.reserve("data.wa.gov")).isEqualTo(Duration.ofMillis(250));
    assertThat(pacer.reserve("data.wa.gov")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void timeAlreadyPassedCountsTowardTheInterval() {
    pacer.reserve("data.wa.gov");
    now.addAndGet(Duration.ofMillis(100).toNanos());
    assertThat(pacer.reserve("data.wa.gov")).isEqualTo(Duration.ofMillis(150));
    now.addAndGet(Duration.ofSeconds(5).toNanos());
    assertThat(pacer.reserve("data.wa.gov")).isZero();
  }

  @Test
  void aHostWhoseSourceAsksForMoreRoomGetsItsOwnIntervalAndTheLongestAskedWins() {
    pacer.atLeast("obmt.oregon.gov", Duration.ofSeconds(1));
    pacer.atLeast("obmt.oregon.gov", Duration.ofMillis(500));
    pacer.reserve("obmt.oregon.gov");
    assertThat(pacer.reserve("obmt.oregon.gov")).isEqualTo(Duration.ofSeconds(1));
    pacer.reserve("data.wa.gov");
    assertThat(pacer.reserve("data.wa.gov")).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void otherHostsAreNotHeldUp() {
    pacer.reserve("data.wa.gov");
    assertThat(pacer.reserve("npiregistry.cms.hhs.gov")).isZero();
  }

  @Test
  void aZeroIntervalNeverWaits() {
    HostPacer none = new HostPacer(Duration.ZERO, now::get);
    none.reserve("data.wa.gov");
    assertThat(none.reserve("data.wa.gov")).isZero();
  }
}
