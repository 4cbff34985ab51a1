package dev.touchstone.web;

import dev.touchstone.source.SourceKind;
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
    @io.micronaut.core.annotation.Nullable String disabledReason,
    Instant lastSyncedAt,
    String maxAge,
    boolean stale,
    Integer recordCount,
    SyncRunView lastRun,
    String lookupUrl) {}
