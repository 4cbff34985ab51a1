package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.database.Database;
import dev.touchstone.registry.RegistryCaches;
import dev.touchstone.registry.RegistryChanged;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceFreshness;
import dev.touchstone.source.SourceStates;
import dev.touchstone.support.TestDatabases;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sources a verification consults are worked out once per state, yet turn stale the moment
 * their allowed age passes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesConsultedTest implements TestPropertyProvider {
  private static final Instant SYNCED = Instant.parse("2026-06-28T03:00:00Z");

  @Inject Database database;
  @Inject SourceStates states;
  @Inject SourceDefinitions definitions;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.fresh();
  }

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now;

    HandClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private void washingtonSyncedAt(Instant at) {
    database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE source SET last_success_at = ? WHERE id = 'us-wa-doh'")) {
            update.setTimestamp(1, Timestamp.from(at));
            return update.executeUpdate();
          }
        });
  }

  private final RegistryCaches caches = new RegistryCaches(new SimpleMeterRegistry());

  private static Verification.SourceUsed washington(SourcesConsulted consulted) {
    return consulted.forState("WA").stream()
        .filter(s -> s.id().equals("us-wa-doh"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aBoardTurnsStaleWhenItsAllowedAgePassesWithoutAnySync() {
    washingtonSyncedAt(SYNCED);
    HandClock clock = new HandClock(SYNCED.plus(Duration.ofDays(1)));
    SourcesConsulted consulted =
        new SourcesConsulted(
            states, new SourceFreshness(definitions, states, clock), definitions, clock, caches);
    assertThat(washington(consulted).stale()).isFalse();
    assertThat(washington(consulted).lastSyncedAt()).isEqualTo(SYNCED);

    clock.set(SYNCED.plus(Duration.ofDays(2)));
    assertThat(washington(consulted).stale())
        .as("exactly at its allowed age of two days")
        .isFalse();
    clock.set(SYNCED.plus(Duration.ofDays(2)).plusSeconds(1));
    assertThat(washington(consulted).stale()).isTrue();
    assertThat(
            consulted.staleness(
                consulted.forState("WA"),
                new Jurisdiction(
                    "WA",
                    "Washington",
                    Regime.LICENSE,
                    null,
                    null,
                    null,
                    null,
                    java.time.ZoneId.of("America/Los_Angeles"))))
        .extracting(Reason::code)
        .containsExactly(ReasonCode.SOURCE_STALE);
  }

  @Test
  void aNewSyncIsSeenOnceTheRegistrySaysItChanged() {
    washingtonSyncedAt(SYNCED);
    HandClock clock = new HandClock(SYNCED.plus(Duration.ofDays(3)));
    SourcesConsulted consulted =
        new SourcesConsulted(
            states, new SourceFreshness(definitions, states, clock), definitions, clock, caches);
    assertThat(washington(consulted).stale()).isTrue();

    Instant resynced = SYNCED.plus(Duration.ofDays(3)).minusSeconds(60);
    washingtonSyncedAt(resynced);
    caches.onRegistryChanged(new RegistryChanged("us-wa-doh"));
    assertThat(washington(consulted).stale()).isFalse();
    assertThat(washington(consulted).lastSyncedAt()).isEqualTo(resynced);
  }
}
