package dev.touchstone.source;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How fresh each configured source is now: its last good sync, and whether that is past its allowed
 * age.
 */
@Singleton
public class SourceFreshness {
  private final SourceDefinitions sources;
  private final SourceStates states;
  private final Clock clock;

  public SourceFreshness(SourceDefinitions sources, SourceStates states, Clock clock) {
    this.sources = sources;
    this.states = states;
    this.clock = clock;
  }

  /** One source's freshness; a source never synced is stale. */
  public record Freshness(
      SourceDefinition source, Instant lastSyncedAt, Integer records, boolean stale) {
    public Duration maxAge() {
      return source.maxAge();
    }
  }

  public List<Freshness> all() {
    return of(states.all());
  }

  /** From source states already read, e.g. from a cache. */
  public List<Freshness> of(Map<String, SourceStates.State> known) {
    Instant now = clock.instant();
    return sources.all().stream()
        .map(
            source -> {
              SourceStates.State state = known.get(source.id());
              Instant last = state == null ? null : state.lastSuccessAt();
              return new Freshness(
                  source,
                  last,
                  state == null ? null : state.lastSnapshotRecords(),
                  last == null || last.plus(source.maxAge()).isBefore(now));
            })
        .toList();
  }
}
