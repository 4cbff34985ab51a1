package dev.touchstone.sync;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.ANSI)
public interface QuarantinedRecordRepository extends CrudRepository<QuarantinedRecord, UUID> {

  List<QuarantinedRecord> findBySyncRunId(UUID syncRunId, io.micronaut.data.model.Sort sort);
}
