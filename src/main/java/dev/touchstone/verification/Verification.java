package dev.touchstone.verification;

import dev.touchstone.registry.ExclusionRows.ExclusionEntry;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.source.SourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A verification as issued: the question, the verdict with its reasons, the licenses and exclusion
 * entries it relied on as they stood, what to check in person, and how fresh every source consulted
 * was. Immutable once issued.
 */
@Serdeable
public record Verification(
    UUID id,
    Verdict verdict,
    String summary,
    List<Reason> reasons,
    List<LicenseView> matchedLicenses,
    List<ExclusionMatch> exclusions,
    List<String> checklist,
    List<SourceUsed> sources,
    Instant checkedAt,
    VerificationRequest request,
    JurisdictionView jurisdiction,
    @Nullable String practitionerId,
    List<String> aftercare,
    @Nullable List<Glossary.Term> glossary) {

  /**
   * An exclusion-list entry and how sure the match is: CONFIRMED through the NPI, or POSSIBLE by
   * name and state.
   */
  @Serdeable
  public record ExclusionMatch(String match, boolean current, ExclusionEntry entry) {}

  /**
   * A source consulted, with its last successful sync and whether that is older than it may be.
   *
   * @param activeOnly the source lists active licenses only, so a name not on it is "not on the
   *     active list", not "not found"
   */
  @Serdeable
  public record SourceUsed(
      String id,
      String name,
      SourceKind kind,
      @Nullable Instant lastSyncedAt,
      boolean stale,
      @Nullable String maxAge,
      @Nullable String lookupUrl,
      boolean activeOnly) {}

  /**
   * The state asked about, and who to contact there: the board (null where nobody regulates), its
   * own lookup and its page for reporting a concern (each null when not known for sure).
   */
  @Serdeable
  public record JurisdictionView(
      String code,
      String name,
      Regime regime,
      @Nullable String board,
      @Nullable String lookupUrl,
      @Nullable String complaintUrl) {
    static JurisdictionView of(Jurisdiction state) {
      return new JurisdictionView(
          state.code(),
          state.name(),
          state.regime(),
          state.board(),
          state.lookupUrl(),
          state.complaintUrl());
    }
  }
}
