package dev.touchstone.clinic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code watch}: a license an organization watches, as typed and by its lookup key. */
@MappedEntity(value = "watch", escape = false)
record WatchRow(
    @Id UUID id,
    UUID organizationId,
    String jurisdiction,
    String licenseNumber,
    String lookupKey,
    @Nullable String label,
    Instant createdAt,
    @Nullable String expectedName) {}
