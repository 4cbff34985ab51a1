package dev.touchstone.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.touchstone.source.SourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A configured source and how fresh its data is.
 *
 * @param enabled whether the nightly sync reads it and verifications consult it
 * @param disabledReason why a disabled source is not read, or null when it is enabled
 */
@Serdeable
record SourceView(
    String id,
    String name,
    String jurisdiction,
    SourceKind kind,
    String adapter,
    boolean enabled,
    @Nullable String disabledReason,
    @Nullable Instant lastSyncedAt,
    @Nullable String maxAge,
    boolean stale,
    @Nullable Integer recordCount,
    // Absent rather than null: OpenAPI 3.0 cannot say "this schema or null" of a $ref in a way
    // validators and generated clients agree on.
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @io.swagger.v3.oas.annotations.media.Schema(
            requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED,
            description = "the newest sync run; absent before the first")
        SyncRunView lastRun,
    @Nullable String lookupUrl) {}
