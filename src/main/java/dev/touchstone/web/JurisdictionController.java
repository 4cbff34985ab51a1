package dev.touchstone.web;

import dev.touchstone.source.SourceFreshness;
import dev.touchstone.source.SourceKind;
import dev.touchstone.verification.Jurisdiction;
import dev.touchstone.verification.Jurisdictions;
import dev.touchstone.verification.Regime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;

/** Which states Touchstone can check, and for every state the board to check with by hand. */
@Controller("/api/v1/jurisdictions")
@Tag(name = "Jurisdictions")
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class JurisdictionController {
  private final Jurisdictions jurisdictions;
  private final SourceFreshness freshness;

  public JurisdictionController(Jurisdictions jurisdictions, SourceFreshness freshness) {
    this.jurisdictions = jurisdictions;
    this.freshness = freshness;
  }

  /**
   * One jurisdiction.
   *
   * @param covered whether Touchstone reads a licensing board's data for it automatically
   * @param sources the state's licensing-board sources, read or not, with their freshness
   */
  @Serdeable
  public record JurisdictionView(
      String code,
      String name,
      Regime regime,
      @Nullable String board,
      @Nullable String lookupUrl,
      @Nullable String complaintUrl,
      boolean covered,
      List<BoardSource> sources) {}

  /** A board source of a jurisdiction: whether it is read, and how fresh its data is. */
  @Serdeable
  public record BoardSource(
      String id,
      String name,
      boolean enabled,
      @Nullable String disabledReason,
      @Nullable Instant lastSyncedAt,
      boolean stale) {}

  @Serdeable
  public record JurisdictionList(List<JurisdictionView> jurisdictions) {}

  /**
   * Every US jurisdiction: what it regulates (license, registration, certification or nothing), its
   * board and whether Touchstone reads it.
   */
  @Get
  @Operation(operationId = "listJurisdictions")
  public JurisdictionList list() {
    List<SourceFreshness.Freshness> boards =
        freshness.all().stream()
            .filter(f -> f.source().kind() == SourceKind.LICENSING_BOARD)
            .toList();
    return new JurisdictionList(
        jurisdictions.all().stream().map(state -> view(state, boards)).toList());
  }

  private static JurisdictionView view(Jurisdiction state, List<SourceFreshness.Freshness> boards) {
    List<BoardSource> sources =
        boards.stream()
            .filter(f -> f.source().jurisdiction().equals(state.code()))
            .map(
                f ->
                    new BoardSource(
                        f.source().id(),
                        f.source().name(),
                        f.source().enabled(),
                        f.source().enabled() ? null : f.source().disabledReason(),
                        f.lastSyncedAt(),
                        f.stale()))
            .toList();
    return new JurisdictionView(
        state.code(),
        state.name(),
        state.regime(),
        state.board(),
        state.lookupUrl(),
        state.complaintUrl(),
        sources.stream().anyMatch(BoardSource::enabled),
        sources);
  }
}
