package dev.touchstone.clinic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_key}: the key's SHA-256 and first characters, never the key. */
@MappedEntity(value = "api_key", escape = false)
record ApiKeyRow(
    @Id UUID id,
    UUID organizationId,
    String label,
    String keyHash,
    String prefix,
    Instant createdAt,
    @Nullable Instant revokedAt) {

  ApiKeyRow revoked(Instant at) {
    return revokedAt != null
        ? this
        : new ApiKeyRow(id, organizationId, label, keyHash, prefix, createdAt, at);
  }
}
