package dev.touchstone.registry;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a license with its actions, history, NPI links and source, as the API shows it. */
@Singleton
public class LicenseQueries {
  private static final String FROM =
      "SELECT l.*, s.name AS source_name, s.last_success_at FROM license l "
          + "JOIN source s ON s.id = l.source_id ";
  private static final String CANDIDATES =
      "SELECT id, license_number FROM license WHERE jurisdiction = ? AND lookup_key = ? "
          + "ORDER BY published DESC, last_changed_at DESC, id";

  private final Database database;
  private final SourceCatalog sources;
  private final Clock clock;
  private final LicenseKeys keys;
  private final RegistryCache<Key, NumberMatches> recent;

  /** A lookup on a day: some flags of a license depend on the date. */
  private record Key(String state, String numberKey, long epochDay) {}

  /**
   * The registry changes only when a sync commits, so lookups are answered from memory in between;
   * keyed by today's date too, because some flags depend on it. A license weighs one plus its
   * actions, history entries and NPIs, so a few long histories cannot crowd out the rest.
   */
  public LicenseQueries(
      Database database,
      SourceCatalog sources,
      Clock clock,
      LicenseKeys keys,
      RegistryCaches caches) {
    this.recent =
        caches.create(
            "license-lookups",
            200_000,
            (key, found) ->
                Math.max(1, found.licenses().stream().mapToInt(LicenseQueries::weight).sum()));
    this.keys = keys;
    this.database = database;
    this.sources = sources;
    this.clock = clock;
  }

  /**
   * The one license the number names, as {@link #match} finds it; empty when it names none or
   * several.
   */
  public Optional<LicenseView> find(String jurisdiction, String licenseNumber) {
    return match(jurisdiction, licenseNumber).single();
  }

  /**
   * The licenses a number as typed can name: ignoring case, punctuation and leading zeros, and with
   * or without the prefix or type the jurisdiction's {@code lookup-key} rule lets people leave out
   * ({@link NumberMatches}).
   */
  public NumberMatches match(String jurisdiction, String licenseNumber) {
    String state = jurisdiction.toUpperCase(java.util.Locale.ROOT);
    return recent.get(key(state, licenseNumber), key -> read(state, licenseNumber));
  }

  /**
   * What {@link #match} would answer, if it is already in the cache: empty means "not known without
   * reading the database". Never blocks and has no side effects.
   */
  public Optional<NumberMatches> cached(String jurisdiction, String licenseNumber) {
    return recent.ifPresent(key(jurisdiction.toUpperCase(java.util.Locale.ROOT), licenseNumber));
  }

  private Key key(String state, String licenseNumber) {
    return new Key(state, LicenseNumbers.key(licenseNumber), LocalDate.now(clock).toEpochDay());
  }

  private static int weight(LicenseView view) {
    return 1 + view.disciplinaryActions().size() + view.history().size() + view.npis().size();
  }

  private NumberMatches read(String state, String typed) {
    return database.read(
        connection -> {
          List<Long> exact = new ArrayList<>();
          List<Long> possible = new ArrayList<>();
          Set<String> numbers = new HashSet<>();
          try (PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
            select.setString(1, state);
            select.setString(2, keys.lookupKey(state, typed));
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                String number = row.getString("license_number");
                // One license may have several rows (listed and no longer listed): the best one.
                if (LicenseNumbers.compatible(typed, number)
                    && numbers.add(LicenseNumbers.lookupKey(number))) {
                  (LicenseNumbers.sameNumber(typed, number) ? exact : possible)
                      .add(row.getLong("id"));
                }
              }
            }
          }
          if (!exact.isEmpty()) {
            return new NumberMatches(byIds(connection, exact.subList(0, 1)), true);
          }
          return possible.isEmpty()
              ? NumberMatches.NONE
              : new NumberMatches(byIds(connection, possible), false);
        });
  }

  /** Licenses by registry id, in the order asked; ids that name no license are skipped. */
  public List<LicenseView> byIds(List<Long> ids) {
    return database.read(connection -> byIds(connection, ids));
  }

  private List<LicenseView> byIds(Connection connection, List<Long> ids) throws SQLException {
    List<LicenseView> views = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(FROM + "WHERE l.id = ?")) {
      for (Long id : ids) {
        select.setLong(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            views.add(view(connection, row));
          }
        }
      }
    }
    return views;
  }

  private LicenseView view(Connection connection, ResultSet row) throws SQLException {
    long id = row.getLong("id");
    LicenseStatus status = LicenseStatus.valueOf(row.getString("status"));
    LocalDate expiresOn = Sql.date(row, "expires_on");
    String sourceId = row.getString("source_id");
    Instant lastSuccess = Sql.instant(row, "last_success_at");
    boolean published = row.getBoolean("published");
    List<String> npis =
        npis(connection, row.getString("jurisdiction"), row.getString("lookup_key"));
    return new LicenseView(
        row.getString("jurisdiction"),
        row.getString("license_number"),
        LicenseType.valueOf(row.getString("license_type")),
        row.getString("source_license_type"),
        status,
        row.getString("source_status"),
        name(row),
        Sql.date(row, "issued_on"),
        expiresOn,
        row.getString("city"),
        row.getString("state"),
        row.getString("postal_code"),
        actions(connection, id),
        Sql.bool(row, "discipline_on_record"),
        flags(row.getString("flags"), status, expiresOn),
        published,
        Sql.instant(row, "first_seen_at"),
        published && lastSuccess != null ? lastSuccess : Sql.instant(row, "last_seen_at"),
        Sql.instant(row, "last_changed_at"),
        row.getString("detail_url"),
        new LicenseView.SourceRef(
            sourceId,
            row.getString("source_name"),
            lastSuccess,
            sources.lookupUrl(sourceId),
            sources.activeOnly(sourceId)),
        practitionerId(id, npis),
        npis,
        history(connection, id));
  }

  /**
   * One individual NPI declaring the license proves whose it is; otherwise the license stands
   * alone.
   */
  private static String practitionerId(long licenseId, List<String> npis) {
    return npis.stream()
        .map(Long::parseLong)
        .min(Long::compare)
        .map(PractitionerIds::ofNpi)
        .orElse(PractitionerIds.ofLicense(licenseId));
  }

  private static LicenseView.Name name(ResultSet row) throws SQLException {
    String first = row.getString("name_first");
    String middle = row.getString("name_middle");
    String last = row.getString("name_last");
    String suffix = row.getString("name_suffix");
    boolean organization = row.getBoolean("organization");
    return new LicenseView.Name(
        PersonNames.display(row.getString("name_raw"), first, middle, last, suffix, organization),
        first,
        middle,
        last,
        suffix,
        organization);
  }

  /** Stored flags, plus those that depend on today's date. */
  private List<LicenseFlag> flags(String stored, LicenseStatus status, LocalDate expiresOn) {
    Set<LicenseFlag> flags = EnumSet.noneOf(LicenseFlag.class);
    for (String flag : stored == null ? new String[0] : stored.split(",")) {
      if (!flag.isBlank()) {
        flags.add(LicenseFlag.valueOf(flag));
      }
    }
    boolean activeWord = status == LicenseStatus.ACTIVE || status == LicenseStatus.RESTRICTED;
    if (activeWord && expiresOn == null) {
      flags.add(LicenseFlag.EXPIRATION_MISSING);
    }
    if (activeWord && expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
      flags.add(LicenseFlag.EXPIRED_BY_DATE);
    }
    return new ArrayList<>(flags);
  }

  private static List<LicenseView.ActionView> actions(Connection connection, long licenseId)
      throws SQLException {
    List<LicenseView.ActionView> actions = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT kind, action_date, action, description, case_number "
                + "FROM disciplinary_action WHERE license_id = ?")) {
      select.setLong(1, licenseId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          actions.add(
              new LicenseView.ActionView(
                  ActionKind.valueOf(rows.getString("kind")),
                  Sql.date(rows, "action_date"),
                  rows.getString("action"),
                  rows.getString("description"),
                  rows.getString("case_number")));
        }
      }
    }
    actions.sort(
        java.util.Comparator.comparing(
            LicenseView.ActionView::date,
            java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
    return actions;
  }

  private static List<String> npis(Connection connection, String jurisdiction, String lookupKey)
      throws SQLException {
    List<String> npis = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT DISTINCT r.npi FROM npi_license n "
                + "JOIN npi_registration r ON r.id = n.npi_registration_id WHERE n.jurisdiction = ? AND n.license_key = ? AND r.published = TRUE "
                + "AND r.enumeration_type = 'NPI-1' ORDER BY r.npi")) {
      select.setString(1, jurisdiction);
      select.setString(2, lookupKey);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          npis.add(rows.getString(1));
        }
      }
    }
    return npis;
  }

  private static List<LicenseView.HistoryEntry> history(Connection connection, long licenseId)
      throws SQLException {
    List<LicenseView.HistoryEntry> history = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT occurred_at, field, from_value, to_value "
                + "FROM license_event WHERE license_id = ? ORDER BY occurred_at DESC, field")) {
      select.setLong(1, licenseId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          history.add(
              new LicenseView.HistoryEntry(
                  Sql.instant(rows, "occurred_at"),
                  rows.getString("field"),
                  rows.getString("from_value"),
                  rows.getString("to_value")));
        }
      }
    }
    return history;
  }
}
