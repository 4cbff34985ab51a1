package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final RateLimiter limiter = new RateLimiter(60, 3, now::get);

  @Test
  void aCallerMayBurstThenWaitsForTheNextToken() {
    assertThat(limiter.take("10.0.0.1")).isZero();
    assertThat(limiter.take("10.0.0.1")).isZero();
    assertThat(limiter.take("10.0.0.1")).isZero();
    assertThat(limiter.take("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void tokensComeBackAtTheRate() {
    for (int i = 0; i < 3; i++) {
      limiter.take("10.0.0.1");
    }
    now.addAndGet(Duration.ofMillis(1500).toNanos());
    assertThat(limiter.take("10.0.0.1")).isZero();
    assertThat(limiter.take("10.0.0.1")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void callersDoNotShareABucket() {
    for (int i = 0; i < 3; i++) {
      limiter.take("10.0.0.1");
    }
    assertThat(limiter.take("10.0.0.2")).isZero();
  }
}
