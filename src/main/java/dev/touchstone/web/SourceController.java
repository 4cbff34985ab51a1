package dev.touchstone.web;

import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceFreshness;
import dev.touchstone.sync.SyncRun;
import dev.touchstone.sync.SyncRunRepository;
import dev.touchstone.sync.SyncService;
import dev.touchstone.sync.UnknownSourceException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;

@Controller("/api/v1/sources")
@Tag(name = "Sources and sync")
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class SourceController {
  private final SourceDefinitions sources;
  private final SourceFreshness freshness;
  private final SyncRunRepository runs;
  private final SyncService sync;
  private final AdminKey adminKey;
  private final ExecutorService executor;

  public SourceController(
      SourceDefinitions sources,
      SourceFreshness freshness,
      SyncRunRepository runs,
      SyncService sync,
      AdminKey adminKey,
      @Named("sync") ExecutorService executor) {
    this.sources = sources;
    this.freshness = freshness;
    this.runs = runs;
    this.sync = sync;
    this.adminKey = adminKey;
    this.executor = executor;
  }

  @Serdeable
  public record Sources(List<SourceView> sources) {}

  /**
   * Every configured source: its jurisdiction, kind, whether it is enabled and how fresh its data
   * is.
   */
  @Get
  @Operation(operationId = "listSources")
  public Sources list() {
    return new Sources(freshness.all().stream().map(this::view).toList());
  }

  /** Starts a sync now; answers at once with the RUNNING run to poll. */
  @Post("/{id}/sync")
  @SecurityRequirement(name = ApiDoc.ADMIN)
  @ApiResponse(
      responseCode = "202",
      content = @Content(schema = @Schema(implementation = SyncRunView.class)))
  @ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
  @ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "startSync")
  public HttpResponse<SyncRunView> sync(
      String id,
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String apiKey,
      @Nullable @QueryValue Boolean acceptShrink) {
    adminKey.require(apiKey);
    SourceDefinition source = sources.find(id).orElseThrow(() -> new UnknownSourceException(id));
    SyncRun run =
        Boolean.TRUE.equals(acceptShrink)
            ? sync.startAcceptingShrink(source.id())
            : sync.start(source.id());
    executor.submit(() -> sync.complete(run));
    return HttpResponse.accepted(URI.create("/api/v1/sync-runs/" + run.id()))
        .body(SyncRunView.of(run, null));
  }

  private static String disabledReason(SourceDefinition source) {
    return source.disabledReason() != null
        ? source.disabledReason()
        : "This source is turned off in its definition (enabled: false).";
  }

  private SourceView view(SourceFreshness.Freshness fresh) {
    SourceDefinition source = fresh.source();
    SyncRunView lastRun =
        runs.findBySourceIdOrderByStartedAtDesc(source.id(), Pageable.from(0, 1)).stream()
            .findFirst()
            .map(run -> SyncRunView.of(run, null))
            .orElse(null);
    return new SourceView(
        source.id(),
        source.name(),
        source.jurisdiction(),
        source.kind(),
        source.adapter(),
        source.enabled(),
        source.enabled() ? null : disabledReason(source),
        fresh.lastSyncedAt(),
        source.maxAge().toString(),
        fresh.stale(),
        fresh.records(),
        lastRun,
        source.lookupUrl());
  }
}
