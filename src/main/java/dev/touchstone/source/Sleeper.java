package dev.touchstone.source;

import java.time.Duration;

/** Waits between retries; tests replace it so they never sleep. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;
}
