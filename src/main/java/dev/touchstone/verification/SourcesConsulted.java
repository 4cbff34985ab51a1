package dev.touchstone.verification;

import dev.touchstone.registry.RegistryCache;
import dev.touchstone.registry.RegistryCaches;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceFreshness;
import dev.touchstone.source.SourceKind;
import dev.touchstone.source.SourceStates;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Which sources a verification in a state consults, and how fresh each one is now. */
@Singleton
public class SourcesConsulted {
  private final SourceStates states;
  private final SourceFreshness freshness;
  private final SourceDefinitions sources;
  private final Clock clock;
  private final RegistryCache<String, Consulted> byState;

  /**
   * A state's sources as consulted, the same until the registry changes or one of them passes its
   * allowed age.
   */
  private record Consulted(List<Verification.SourceUsed> sources, Instant sameUntil) {}

  /**
   * A source's last good sync changes only with the registry, so each state's sources are read once
   * per sync.
   */
  public SourcesConsulted(
      SourceStates states,
      SourceFreshness freshness,
      SourceDefinitions sources,
      Clock clock,
      RegistryCaches caches) {
    this.byState =
        caches.create(
            "sources-consulted",
            1_000,
            (state, consulted) -> Math.max(1, consulted.sources().size()));
    this.sources = sources;
    this.states = states;
    this.freshness = freshness;
    this.clock = clock;
  }

  /** The state's licensing boards, then the national registries and exclusion lists. */
  public List<Verification.SourceUsed> forState(String state) {
    Consulted known = byState.get(state, this::consult);
    if (clock.instant().isAfter(known.sameUntil())) {
      // A source has passed its allowed age since: the same sync, but no longer fresh.
      byState.invalidate(state);
      known = byState.get(state, this::consult);
    }
    return known.sources();
  }

  private Consulted consult(String state) {
    List<SourceFreshness.Freshness> relevant =
        freshness.of(states.all()).stream()
            .filter(f -> f.source().enabled())
            .filter(
                f ->
                    f.source().kind() != SourceKind.LICENSING_BOARD
                        || f.source().jurisdiction().equals(state))
            .sorted(
                (a, b) ->
                    Boolean.compare(
                        b.source().kind() == SourceKind.LICENSING_BOARD,
                        a.source().kind() == SourceKind.LICENSING_BOARD))
            .toList();
    Consulted consulted =
        new Consulted(
            relevant.stream()
                .map(
                    f ->
                        new Verification.SourceUsed(
                            f.source().id(),
                            f.source().name(),
                            f.source().kind(),
                            f.lastSyncedAt(),
                            f.stale(),
                            f.maxAge().toString(),
                            f.source().lookupUrl(),
                            f.source().activeOnly()))
                .toList(),
            relevant.stream()
                .filter(f -> !f.stale())
                .map(f -> f.lastSyncedAt().plus(f.maxAge()))
                .min(Comparator.naturalOrder())
                .orElse(Instant.MAX));
    return consulted;
  }

  /** The jurisdictions whose licensing board Touchstone reads automatically (an enabled source). */
  public java.util.Set<String> statesRead() {
    return sources.all().stream()
        .filter(s -> s.enabled() && s.kind() == SourceKind.LICENSING_BOARD)
        .map(SourceDefinition::jurisdiction)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * The state's licensing-board sources that are configured but turned off (not read
   * automatically).
   */
  public List<SourceDefinition> disabledBoards(String state) {
    return sources.all().stream()
        .filter(
            s ->
                !s.enabled()
                    && s.kind() == SourceKind.LICENSING_BOARD
                    && s.jurisdiction().equals(state))
        .toList();
  }

  /**
   * SOURCE_STALE for each source past its allowed age; a source never read is reported by the
   * caller.
   */
  public List<Reason> staleness(List<Verification.SourceUsed> used, Jurisdiction state) {
    return used.stream()
        .filter(s -> s.stale() && s.lastSyncedAt() != null)
        .map(
            s ->
                Reason.of(
                    ReasonCode.SOURCE_STALE,
                    "The data from "
                        + s.name()
                        + " was last refreshed on "
                        + Phrases.date(state.date(s.lastSyncedAt()))
                        + ", longer ago than we allow, so a recent change may be missing. Check the latest record with the source"
                        + (s.lookupUrl() == null ? "." : " at " + s.lookupUrl() + ".")))
        .toList();
  }
}
