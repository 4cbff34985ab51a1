package dev.touchstone.clinic;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain CRUD on {@code api_key}, in standard SQL. */
@JdbcRepository(dialect = Dialect.ANSI)
interface ApiKeyRepository extends CrudRepository<ApiKeyRow, UUID> {

  List<ApiKeyRow> findByOrganizationIdOrderByCreatedAt(UUID organizationId);

  Optional<ApiKeyRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

  Optional<ApiKeyRow> findByKeyHashAndRevokedAtIsNull(String keyHash);

  List<ApiKeyRow> findByRevokedAtIsNull();
}
