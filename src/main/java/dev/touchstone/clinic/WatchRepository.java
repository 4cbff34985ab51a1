package dev.touchstone.clinic;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain CRUD on {@code watch}, in standard SQL. */
@JdbcRepository(dialect = Dialect.ANSI)
interface WatchRepository extends CrudRepository<WatchRow, UUID> {

  List<WatchRow> findByIdIn(Collection<UUID> ids);

  Optional<WatchRow> findByOrganizationIdAndJurisdictionAndLookupKey(
      UUID organizationId, String jurisdiction, String lookupKey);

  List<WatchRow> findByOrganizationId(UUID organizationId, Sort sort);

  List<WatchRow> findAll(Sort sort);

  int deleteByIdAndOrganizationId(UUID id, UUID organizationId);
}
