package dev.touchstone.web;

import dev.touchstone.source.SourceKind;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A configured source and how fresh its data is. */
@Serdeable
public record SourceView(
    String id,
    String name,
    String jurisdiction,
    SourceKind kind,
    String adapter,
    boolean enabled,
    Instant lastSyncedAt,
    String maxAge,
    boolean stale,
    Integer recordCount,
    SyncRunView lastRun,
    String lookupUrl) {}
