package dev.touchstone.clinic;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/**
 * Plain CRUD on {@code organization}, in standard SQL: the same queries run on H2 and PostgreSQL.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface OrganizationRepository extends CrudRepository<OrganizationRow, UUID> {

  void updateExpiryAlertDays(@Id UUID id, String expiryAlertDays);
}
