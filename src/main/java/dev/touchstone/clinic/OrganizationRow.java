package dev.touchstone.clinic;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code organization}: a clinic, and the days before a watched license expires at which
 * it is alerted.
 */
@MappedEntity(value = "organization", escape = false)
record OrganizationRow(@Id UUID id, String name, Instant createdAt, String expiryAlertDays) {}
