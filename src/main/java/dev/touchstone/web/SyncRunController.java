package dev.touchstone.web;

import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.sync.QuarantinedRecordRepository;
import dev.touchstone.sync.SyncRun;
import dev.touchstone.sync.SyncRunRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/sync-runs")
@Tag(name = "Sources and sync")
@ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class SyncRunController {
  private final SyncRunRepository runs;
  private final QuarantinedRecordRepository quarantine;
  private final SourceDefinitions sources;

  public SyncRunController(
      SyncRunRepository runs, QuarantinedRecordRepository quarantine, SourceDefinitions sources) {
    this.runs = runs;
    this.quarantine = quarantine;
    this.sources = sources;
  }

  @Serdeable
  public record Runs(List<SyncRunView> runs) {}

  /** Run history, newest first. */
  @Get
  @Operation(operationId = "listSyncRuns")
  public Runs list(@Nullable @QueryValue String source, @Nullable @QueryValue String limit) {
    int max = RequestChecks.limit(parseLimit(limit), 20, 100);
    List<SyncRun> found;
    if (source != null) {
      if (sources.find(source).isEmpty()) {
        throw ApiProblemException.invalid(
            "source",
            "no source is configured with id '"
                + RequestChecks.shorten(source)
                + "'; GET /api/v1/sources lists them");
      }
      found = runs.findBySourceIdOrderByStartedAtDesc(source, Pageable.from(0, max));
    } else {
      found = runs.listOrderByStartedAtDesc(Pageable.from(0, max));
    }
    return new Runs(found.stream().map(run -> SyncRunView.of(run, null)).toList());
  }

  /** One sync run: its counts, its quarantined rows and why the run failed, if it did. */
  @Get("/{id}")
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "getSyncRun")
  public SyncRunView find(String id) {
    UUID runId;
    try {
      runId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblemException.invalid(
          "id", "a run id is a UUID such as 3f2b…, as listed by GET /api/v1/sync-runs");
    }
    SyncRun run =
        runs.findById(runId)
            .orElseThrow(() -> ApiProblemException.notFound("no sync run " + runId));
    return SyncRunView.of(
        run,
        quarantine.findBySyncRunId(
            runId, Sort.of(Sort.Order.asc("file"), Sort.Order.asc("rowNumber"))));
  }

  private static Integer parseLimit(String limit) {
    if (limit == null || limit.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(limit.trim());
    } catch (NumberFormatException e) {
      throw ApiProblemException.invalid(
          "limit",
          "must be a whole number between 1 and 100, got '" + RequestChecks.shorten(limit) + "'");
    }
  }
}
