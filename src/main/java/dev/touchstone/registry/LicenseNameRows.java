package dev.touchstone.registry;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Streams what the name index needs of every person's license, and the NPIs that link licenses. */
@Singleton
public class LicenseNameRows {
  private final Database database;

  public LicenseNameRows(Database database) {
    this.database = database;
  }

  /** A person's license as the name index keeps it. */
  public record NameRow(
      long id,
      String jurisdiction,
      String lookupKey,
      LicenseType type,
      String first,
      String middle,
      String last,
      String city,
      boolean published) {}

  /** Every license of a person (organizations are left out), in no particular order. */
  public void forEach(Consumer<NameRow> consumer) {
    database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, jurisdiction, lookup_key, license_type, "
                      + "name_first, name_middle, name_last, city, published FROM license WHERE organization = FALSE")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                consumer.accept(
                    new NameRow(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        LicenseType.valueOf(rows.getString(4)),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getBoolean(9)));
              }
            }
          }
          return null;
        });
  }

  /**
   * The individual NPI that declares each license, keyed by jurisdiction and lookup key: the NPI
   * registry lists one person's licenses in several states, which proves they are one person.
   */
  public Map<String, Long> npiByLicense() {
    return database.read(
        connection -> {
          Map<String, Long> npis = new HashMap<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT n.jurisdiction, n.license_key, r.npi "
                          + "FROM npi_license n JOIN npi_registration r ON r.id = n.npi_registration_id "
                          + "WHERE r.published = TRUE AND r.enumeration_type = 'NPI-1'");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              npis.merge(
                  key(rows.getString(1), rows.getString(2)),
                  Long.parseLong(rows.getString(3)),
                  Math::min);
            }
          }
          return npis;
        });
  }

  public static String key(String jurisdiction, String lookupKey) {
    return jurisdiction + "|" + lookupKey;
  }

  /** A fingerprint of every source's last good sync: when it changes, the index is out of date. */
  public String syncFingerprint() {
    return database.read(
        connection -> {
          StringBuilder fingerprint = new StringBuilder();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, last_success_at FROM source ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              fingerprint
                  .append(rows.getString(1))
                  .append('=')
                  .append(Sql.instant(rows, "last_success_at"))
                  .append(';');
            }
          }
          return fingerprint.toString();
        });
  }
}
