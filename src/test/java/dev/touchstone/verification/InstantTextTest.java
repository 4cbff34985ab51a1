package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantTextTest {
  private final InstantText text = new InstantText();

  @Test
  void everyInstantReadsExactlyAsJavaWritesIt() {
    List<Instant> instants = List.of(
        Instant.parse("2026-07-01T11:07:47Z"),
        Instant.parse("2026-07-01T11:07:47.100Z"),
        Instant.parse("2026-07-01T11:07:47.000001Z"),
        Instant.parse("2026-07-01T11:07:47.765552199Z"),
        Instant.parse("2026-07-01T11:07:47.911657Z"),
        Instant.parse("2026-07-01T11:07:47.000000001Z"),
        Instant.parse("2026-07-01T11:07:48.5Z"),
        Instant.parse("2026-07-01T11:07:47.999999999Z"),
        Instant.parse("1969-12-31T23:59:59.5Z"),
        Instant.EPOCH,
        Instant.parse("+10000-01-01T00:00:00.010Z"));
    for (Instant instant : instants) {
      assertThat(text.of(instant)).isEqualTo(instant.toString());
    }
  }

  @Test
  void instantsOfTheSameSecondInAnyOrderKeepTheirOwnFraction() {
    Instant second = Instant.parse("2026-07-01T11:07:47Z");
    for (int nanos : new int[] {5, 999_999_999, 0, 120_000_000, 5}) {
      Instant instant = second.plusNanos(nanos);
      assertThat(text.of(instant)).isEqualTo(instant.toString());
      assertThat(text.of(instant.plusSeconds(1))).isEqualTo(instant.plusSeconds(1).toString());
    }
  }
}
