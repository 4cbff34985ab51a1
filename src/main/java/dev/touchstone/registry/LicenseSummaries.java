package dev.touchstone.registry;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Licenses in brief, by id, as search results list them. */
@Singleton
public class LicenseSummaries {
  private static final int CHUNK = 64;
  private final Database database;
  private final RegistryCache<Long, LicenseSummary> recent;

  /** The same licenses come back for the same names; they change only when a sync commits. */
  public LicenseSummaries(Database database, RegistryCaches caches) {
    this.database = database;
    this.recent = caches.create("license-summaries", 200_000, (id, summary) -> 1);
  }

  /** One license in a search result. */
  @Serdeable
  public record LicenseSummary(
      long id,
      String jurisdiction,
      String licenseNumber,
      LicenseType licenseType,
      LicenseStatus status,
      @Nullable LocalDate issuedOn,
      @Nullable LocalDate expiresOn,
      boolean published,
      String name,
      @Nullable String city,
      @Nullable String state,
      String sourceId) {}

  /** The licenses of the ids that name one. */
  public Map<Long, LicenseSummary> byIds(Collection<Long> ids) {
    return recent.getAll(ids, missing -> read(List.copyOf(missing)));
  }

  private Map<Long, LicenseSummary> read(List<Long> all) {
    Map<Long, LicenseSummary> found = new HashMap<>();
    return database.read(
        connection -> {
          // Always the same statement, padded with an id that names nothing, so the database reuses
          // its plan.
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, jurisdiction, license_number, license_type, "
                      + "status, issued_on, expires_on, published, name_raw, name_first, name_middle, name_last, name_suffix, organization, city, "
                      + "state, source_id FROM license WHERE id IN ("
                      + String.join(",", Collections.nCopies(CHUNK, "?"))
                      + ")")) {
            for (int from = 0; from < all.size(); from += CHUNK) {
              for (int i = 0; i < CHUNK; i++) {
                select.setLong(i + 1, from + i < all.size() ? all.get(from + i) : -1);
              }
              read(select, found);
            }
          }
          return found;
        });
  }

  private static void read(PreparedStatement select, Map<Long, LicenseSummary> found)
      throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String name =
            PersonNames.display(
                row.getString("name_raw"),
                row.getString("name_first"),
                row.getString("name_middle"),
                row.getString("name_last"),
                row.getString("name_suffix"),
                row.getBoolean("organization"));
        found.put(
            row.getLong("id"),
            new LicenseSummary(
                row.getLong("id"),
                row.getString("jurisdiction"),
                row.getString("license_number"),
                LicenseType.valueOf(row.getString("license_type")),
                LicenseStatus.valueOf(row.getString("status")),
                Sql.date(row, "issued_on"),
                Sql.date(row, "expires_on"),
                row.getBoolean("published"),
                name,
                row.getString("city"),
                row.getString("state"),
                row.getString("source_id")));
      }
    }
  }
}
