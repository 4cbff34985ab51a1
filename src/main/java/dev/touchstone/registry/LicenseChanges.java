package dev.touchstone.registry;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a sync changed in the registry, and where the licenses it names stand now, for readers that
 * follow licenses over time (the clinics' watchlists) by jurisdiction and lookup key.
 */
@Singleton
public class LicenseChanges {
  /** How many keys one query asks for: well under every database's limit on bound parameters. */
  private static final int KEYS_PER_QUERY = 500;

  private final Database database;

  public LicenseChanges(Database database) {
    this.database = database;
  }

  /** A license as a watcher names it: the jurisdiction and the number's lookup key. */
  public record Key(String jurisdiction, String lookupKey) {}

  /** One change a run made to a license: a field's old and new value, as the history records it. */
  public record Event(
      long id,
      long licenseId,
      Key key,
      String licenseNumber,
      String field,
      String from,
      String to,
      Instant at) {}

  /** A license now, as far as a watcher needs it. */
  public record Current(
      long licenseId,
      Key key,
      String licenseNumber,
      LicenseStatus status,
      LocalDate expiresOn,
      boolean published,
      Instant firstSeenAt,
      String name,
      PersonName.Parts parts) {}

  /** The run's changes to the licenses {@code wanted} accepts, in the order they were recorded. */
  public List<Event> ofRun(UUID runId, Predicate<Key> wanted) {
    return database.read(
        connection -> {
          List<Event> events = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT e.id, e.license_id, e.field, e.from_value, "
                      + "e.to_value, e.occurred_at, l.jurisdiction, l.lookup_key, l.license_number FROM license_event e "
                      + "JOIN license l ON l.id = e.license_id WHERE e.sync_run_id = ? ORDER BY e.id")) {
            select.setObject(1, runId);
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                Key key = new Key(rows.getString("jurisdiction"), rows.getString("lookup_key"));
                if (wanted.test(key)) {
                  events.add(
                      new Event(
                          rows.getLong("id"),
                          rows.getLong("license_id"),
                          key,
                          rows.getString("license_number"),
                          rows.getString("field"),
                          rows.getString("from_value"),
                          rows.getString("to_value"),
                          Sql.instant(rows, "occurred_at")));
                }
              }
            }
          }
          return events;
        });
  }

  /** Every stored license (published or not) under each of the keys. */
  public List<Current> byKeys(Collection<Key> keys) {
    Map<String, List<String>> byJurisdiction = new LinkedHashMap<>();
    keys.stream()
        .distinct()
        .forEach(
            key ->
                byJurisdiction
                    .computeIfAbsent(key.jurisdiction(), j -> new ArrayList<>())
                    .add(key.lookupKey()));
    return database.read(
        connection -> {
          List<Current> found = new ArrayList<>();
          for (Map.Entry<String, List<String>> jurisdiction : byJurisdiction.entrySet()) {
            List<String> lookupKeys = jurisdiction.getValue();
            for (int from = 0; from < lookupKeys.size(); from += KEYS_PER_QUERY) {
              List<String> chunk =
                  lookupKeys.subList(from, Math.min(lookupKeys.size(), from + KEYS_PER_QUERY));
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, jurisdiction, lookup_key, license_number, "
                          + "status, expires_on, published, first_seen_at, name_raw, name_first, name_middle, name_last "
                          + "FROM license WHERE jurisdiction = ? AND lookup_key IN ("
                          + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                          + ") ORDER BY id")) {
                select.setString(1, jurisdiction.getKey());
                for (int i = 0; i < chunk.size(); i++) {
                  select.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    found.add(
                        new Current(
                            rows.getLong("id"),
                            new Key(rows.getString("jurisdiction"), rows.getString("lookup_key")),
                            rows.getString("license_number"),
                            LicenseStatus.valueOf(rows.getString("status")),
                            Sql.date(rows, "expires_on"),
                            rows.getBoolean("published"),
                            Sql.instant(rows, "first_seen_at"),
                            rows.getString("name_raw"),
                            new PersonName.Parts(
                                rows.getString("name_first"),
                                rows.getString("name_middle"),
                                rows.getString("name_last"))));
                  }
                }
              }
            }
          }
          return found;
        });
  }
}
