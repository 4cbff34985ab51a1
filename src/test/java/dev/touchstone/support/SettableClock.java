package dev.touchstone.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that starts at a chosen instant and runs, and that a test moves on by hand, so "eleven
 * days later" needs no sleeping. It keeps running because the service paces requests and renews
 * leases by the clock.
 */
public final class SettableClock extends Clock {
  private final Clock running;
  private volatile Duration shift;

  public SettableClock(Instant start, ZoneId zone) {
    this(Clock.system(zone), Duration.between(Instant.now(), start));
  }

  private SettableClock(Clock running, Duration shift) {
    this.running = running;
    this.shift = shift;
  }

  public void advance(Duration by) {
    shift = shift.plus(by);
  }

  /** Back (or on) to the instant given, running from there. */
  public void set(Instant now) {
    shift = Duration.between(running.instant(), now);
  }

  @Override
  public ZoneId getZone() {
    return running.getZone();
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SettableClock(running.withZone(other), shift);
  }

  @Override
  public Instant instant() {
    return running.instant().plus(shift);
  }
}
