package dev.touchstone.source;

import java.time.Duration;

/** Waits between retries; tests replace it so they never sleep. */
@FunctionalInterface
interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;
}
