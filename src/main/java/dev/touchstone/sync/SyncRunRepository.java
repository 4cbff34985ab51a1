package dev.touchstone.sync;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.ANSI)
public interface SyncRunRepository extends CrudRepository<SyncRun, UUID> {

  List<SyncRun> findBySourceIdOrderByStartedAtDesc(String sourceId, Pageable pageable);

  List<SyncRun> listOrderByStartedAtDesc(Pageable pageable);

  List<SyncRun> findByOutcome(SyncOutcome outcome);
}
