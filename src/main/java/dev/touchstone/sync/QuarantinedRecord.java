package dev.touchstone.sync;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/**
 * A row a run set aside: where it was and why. Never the row's raw values, which may hold private
 * data.
 */
@MappedEntity(value = "quarantined_record", escape = false)
public record QuarantinedRecord(
    @Id UUID id, UUID syncRunId, String file, int rowNumber, String reason, String detail) {}
