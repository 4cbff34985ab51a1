package dev.touchstone.registry;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the exclusion-list entries of individuals, current and reinstated, for matching. */
@Singleton
public class ExclusionRows {
  private final Database database;

  public ExclusionRows(Database database) {
    this.database = database;
  }

  /**
   * An exclusion-list entry as a verification shows it; never a date of birth or a street address.
   */
  @Serdeable
  public record ExclusionEntry(
      String sourceId,
      @Nullable String lastName,
      @Nullable String firstName,
      @Nullable String middleName,
      @Nullable String npi,
      @Nullable String general,
      @Nullable String specialty,
      @Nullable String exclusionType,
      @Nullable LocalDate excludedOn,
      @Nullable LocalDate reinstatedOn,
      @Nullable LocalDate waiverOn,
      @Nullable String city,
      @Nullable String state,
      boolean published) {

    /** Excluded now: not reinstated, and still on the list. */
    public boolean current() {
      return reinstatedOn == null && published;
    }
  }

  public List<ExclusionEntry> individuals() {
    return database.read(
        connection -> {
          List<ExclusionEntry> entries = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT source_id, last_name, first_name, middle_name, npi, "
                          + "general, specialty, exclusion_type, excluded_on, reinstated_on, waiver_on, city, state, published FROM exclusion "
                          + "WHERE last_name IS NOT NULL AND first_name IS NOT NULL");
              ResultSet row = select.executeQuery()) {
            while (row.next()) {
              entries.add(
                  new ExclusionEntry(
                      row.getString(1),
                      row.getString(2),
                      row.getString(3),
                      row.getString(4),
                      row.getString(5),
                      row.getString(6),
                      row.getString(7),
                      row.getString(8),
                      Sql.date(row, "excluded_on"),
                      Sql.date(row, "reinstated_on"),
                      Sql.date(row, "waiver_on"),
                      row.getString(12),
                      row.getString(13),
                      row.getBoolean(14)));
            }
          }
          return entries;
        });
  }
}
