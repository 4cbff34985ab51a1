package dev.touchstone.web;

import dev.touchstone.sync.QuarantinedRecord;
import dev.touchstone.sync.SyncMode;
import dev.touchstone.sync.SyncOutcome;
import dev.touchstone.sync.SyncRun;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A sync run as the API shows it; {@code quarantined} is listed only when one run is fetched. */
@Serdeable
record SyncRunView(
    UUID id,
    String sourceId,
    Instant startedAt,
    @Nullable Instant finishedAt,
    SyncOutcome outcome,
    SyncMode mode,
    Counts counts,
    @Nullable String error,
    List<String> warnings,
    @Nullable List<QuarantinedRow> quarantined) {

  @Serdeable
  public record Counts(
      int fetched,
      int inserted,
      int updated,
      int unchanged,
      int unpublished,
      int filtered,
      int quarantined) {}

  @Serdeable
  public record QuarantinedRow(
      @Nullable String file, int row, String reason, @Nullable String detail) {}

  public static SyncRunView of(SyncRun run, List<QuarantinedRecord> quarantined) {
    return new SyncRunView(
        run.id(),
        run.sourceId(),
        run.startedAt(),
        run.finishedAt(),
        run.outcome(),
        run.mode(),
        new Counts(
            run.fetched(),
            run.inserted(),
            run.updated(),
            run.unchanged(),
            run.unpublished(),
            run.filtered(),
            run.quarantined()),
        run.error(),
        run.warnings() == null ? List.of() : Arrays.asList(run.warnings().split("\n")),
        quarantined == null
            ? null
            : quarantined.stream()
                .map(q -> new QuarantinedRow(q.file(), q.rowNumber(), q.reason(), q.detail()))
                .toList());
  }
}
