package dev.touchstone.registry;

import dev.touchstone.database.Database;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The state massage licenses an NPI declares in the NPI registry. */
@Singleton
public class NpiLicenses {
  private final Database database;

  public NpiLicenses(Database database) {
    this.database = database;
  }

  /** License numbers as the NPI registry gives them, primary taxonomy first. */
  public List<String> declared(String npi, String jurisdiction) {
    return database.read(
        connection -> {
          List<String> numbers = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT n.license_text FROM npi_license n "
                      + "JOIN npi_registration r ON r.id = n.npi_registration_id WHERE r.npi = ? AND r.published = TRUE "
                      + "AND n.jurisdiction = ? ORDER BY n.primary_taxonomy DESC, n.license_text")) {
            select.setString(1, npi);
            select.setString(2, jurisdiction);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                numbers.add(rows.getString(1));
              }
            }
          }
          return numbers;
        });
  }
}
