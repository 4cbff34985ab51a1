package dev.touchstone.clinic;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.touchstone.database.Database;
import dev.touchstone.database.DatabaseException;
import dev.touchstone.database.Sql;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.verification.CheckAddresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The alerts of each organization: added once per change (its dedupe key), listed newest first. */
@Singleton
public class Alerts {
  private static final String COLUMNS =
      "a.id, a.kind, a.watch_id, a.jurisdiction, a.license_number, a.label, a.summary, "
          + "a.from_value, a.to_value, a.occurred_at, a.created_at, a.cancelled_at, "
          + "l.status AS status_now, l.detail_url, l.source_id "
          + "FROM alert a LEFT JOIN license l ON l.id = a.license_id";

  private final Database database;
  private final Clock clock;
  private final SourceDefinitions sources;
  private final CheckAddresses addresses;

  public Alerts(
      Database database, Clock clock, SourceDefinitions sources, CheckAddresses addresses) {
    this.database = database;
    this.clock = clock;
    this.sources = sources;
    this.addresses = addresses;
  }

  /**
   * An alert as a clinic sees it.
   *
   * @param severity how soon to act, from what the alert recorded
   * @param statusNow the license's status today; null when the registry no longer holds it
   * @param boardRecordUrl the license on the board's own site, or its lookup; null when unknown
   * @param newCheckUrl a search for this license on Touchstone's page, to check it again now
   */
  @Serdeable
  public record Alert(
      UUID id,
      AlertKind kind,
      AlertSeverity severity,
      UUID watchId,
      String jurisdiction,
      String licenseNumber,
      @Nullable String label,
      String summary,
      @Nullable String from,
      @Nullable String to,
      Instant occurredAt,
      Instant createdAt,
      @Nullable Instant cancelledAt,
      // Absent rather than null: OpenAPI 3.0 cannot say "this schema or null" of a $ref in a way
      // validators and generated clients agree on.
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @io.swagger.v3.oas.annotations.media.Schema(
              requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED,
              description =
                  "the license's status today; absent when the registry no longer holds it")
          LicenseStatus statusNow,
      @Nullable String statusNowInWords,
      @Nullable String boardRecordUrl,
      String newCheckUrl) {}

  /** An alert to add, unless its organization already has one with the same dedupe key. */
  public record NewAlert(
      UUID organizationId,
      UUID watchId,
      Long licenseId,
      AlertKind kind,
      String jurisdiction,
      String licenseNumber,
      String label,
      String summary,
      String from,
      String to,
      String dedupeKey,
      Instant occurredAt,
      UUID syncRunId) {}

  /** Adds the alert; false when the organization already had this change. */
  public boolean add(NewAlert alert) {
    try {
      return database.inTransaction(
          connection -> {
            try (PreparedStatement exists =
                connection.prepareStatement(
                    "SELECT 1 FROM alert WHERE organization_id = ? AND dedupe_key = ?")) {
              exists.setObject(1, alert.organizationId());
              exists.setString(2, alert.dedupeKey());
              try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                  return false;
                }
              }
            }
            UUID id = UUID.randomUUID();
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO alert (id, organization_id, watch_id, license_id, "
                        + "kind, jurisdiction, license_number, label, summary, from_value, to_value, dedupe_key, occurred_at, created_at, "
                        + "sync_run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              insert.setObject(1, id);
              insert.setObject(2, alert.organizationId());
              insert.setObject(3, alert.watchId());
              insert.setObject(4, alert.licenseId());
              insert.setString(5, alert.kind().name());
              insert.setString(6, alert.jurisdiction());
              insert.setString(7, alert.licenseNumber());
              insert.setString(8, alert.label());
              insert.setString(9, clip(alert.summary(), 1000));
              insert.setString(10, clip(alert.from(), 300));
              insert.setString(11, clip(alert.to(), 300));
              insert.setString(12, clip(alert.dedupeKey(), 300));
              Sql.instant(insert, 13, alert.occurredAt());
              Sql.instant(insert, 14, clock.instant());
              insert.setObject(15, alert.syncRunId());
              insert.executeUpdate();
            }
            // The webhook delivery commits with the alert or not at all: an alert is never left
            // undelivered.
            try (PreparedStatement outbox =
                connection.prepareStatement(
                    "INSERT INTO webhook_delivery (id, organization_id, alert_id, url, "
                        + "status, next_attempt_at, created_at) SELECT ?, organization_id, ?, url, 'PENDING', ?, ? FROM webhook "
                        + "WHERE organization_id = ?")) {
              Instant now = clock.instant();
              outbox.setObject(1, UUID.randomUUID());
              outbox.setObject(2, id);
              Sql.instant(outbox, 3, now);
              Sql.instant(outbox, 4, now);
              outbox.setObject(5, alert.organizationId());
              outbox.executeUpdate();
            }
            return true;
          });
    } catch (DatabaseException e) {
      // Another instance added the same change at the same moment: it is there once, which is the
      // point.
      if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Withdraws expiry alerts of a license made for an expiry date it no longer has: it was renewed.
   */
  public int cancelExpiryAlertsOtherThan(long licenseId, String currentExpiryKeyPrefix) {
    return database.inTransaction(
        connection -> {
          String stale =
              "license_id = ? AND kind = 'EXPIRES_SOON' AND cancelled_at IS NULL AND dedupe_key NOT LIKE ?";
          try (PreparedStatement deliveries =
              connection.prepareStatement(
                  "UPDATE webhook_delivery SET status = 'CANCELLED' "
                      + "WHERE status = 'PENDING' AND alert_id IN (SELECT id FROM alert WHERE "
                      + stale
                      + ")")) {
            deliveries.setLong(1, licenseId);
            deliveries.setString(2, currentExpiryKeyPrefix + "%");
            deliveries.executeUpdate();
          }
          try (PreparedStatement update =
              connection.prepareStatement("UPDATE alert SET cancelled_at = ? WHERE " + stale)) {
            Sql.instant(update, 1, clock.instant());
            update.setLong(2, licenseId);
            update.setString(3, currentExpiryKeyPrefix + "%");
            return update.executeUpdate();
          }
        });
  }

  public java.util.Optional<Alert> find(UUID id) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT " + COLUMNS + " WHERE a.id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? java.util.Optional.of(alert(rows))
                  : java.util.Optional.<Alert>empty();
            }
          }
        });
  }

  private Alert alert(ResultSet rows) throws SQLException {
    AlertKind kind = AlertKind.valueOf(rows.getString("kind"));
    String statusText = rows.getString("status_now");
    LicenseStatus now = statusText == null ? null : LicenseStatus.valueOf(statusText);
    String jurisdiction = rows.getString("jurisdiction");
    String number = rows.getString("license_number");
    return new Alert(
        rows.getObject("id", UUID.class),
        kind,
        AlertSeverity.of(kind, rows.getString("to_value")),
        rows.getObject("watch_id", UUID.class),
        jurisdiction,
        number,
        rows.getString("label"),
        rows.getString("summary"),
        rows.getString("from_value"),
        rows.getString("to_value"),
        Sql.instant(rows, "occurred_at"),
        Sql.instant(rows, "created_at"),
        Sql.instant(rows, "cancelled_at"),
        now,
        now == null ? null : now.inWords(),
        boardRecord(rows.getString("detail_url"), rows.getString("source_id")),
        addresses.base().orElse("")
            + "/?state="
            + jurisdiction
            + "&licenseNumber="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "#results");
  }

  /** The license's own page on the board's site when the board gives one, else its lookup. */
  private String boardRecord(String detailUrl, String sourceId) {
    if (detailUrl != null
        && (detailUrl.startsWith("https://") || detailUrl.startsWith("http://"))) {
      return detailUrl;
    }
    return sourceId == null
        ? null
        : sources.find(sourceId).map(SourceDefinition::lookupUrl).orElse(null);
  }

  public List<Alert> list(UUID organizationId, Instant since, int limit) {
    return database.read(
        connection -> {
          List<Alert> alerts = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " WHERE a.organization_id = ? AND a.created_at > ? "
                      + "ORDER BY a.created_at DESC, a.id LIMIT ?")) {
            select.setObject(1, organizationId);
            Sql.instant(select, 2, since == null ? Instant.EPOCH : since);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                alerts.add(alert(rows));
              }
            }
          }
          return alerts;
        });
  }

  private static String clip(String text, int width) {
    return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
