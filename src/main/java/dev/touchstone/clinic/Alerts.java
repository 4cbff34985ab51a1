package dev.touchstone.clinic;

import dev.touchstone.database.Database;
import dev.touchstone.database.DatabaseException;
import dev.touchstone.database.Sql;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
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
  private final Database database;
  private final Clock clock;

  public Alerts(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** An alert as a clinic sees it. */
  @Serdeable
  public record Alert(
      UUID id,
      AlertKind kind,
      UUID watchId,
      String jurisdiction,
      String licenseNumber,
      String label,
      String summary,
      String from,
      String to,
      Instant occurredAt,
      Instant createdAt,
      Instant cancelledAt) {}

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
              connection.prepareStatement(
                  "SELECT id, kind, watch_id, jurisdiction, license_number, label, "
                      + "summary, from_value, to_value, occurred_at, created_at, cancelled_at FROM alert WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? java.util.Optional.of(alert(rows))
                  : java.util.Optional.<Alert>empty();
            }
          }
        });
  }

  private static Alert alert(ResultSet rows) throws SQLException {
    return new Alert(
        rows.getObject("id", UUID.class),
        AlertKind.valueOf(rows.getString("kind")),
        rows.getObject("watch_id", UUID.class),
        rows.getString("jurisdiction"),
        rows.getString("license_number"),
        rows.getString("label"),
        rows.getString("summary"),
        rows.getString("from_value"),
        rows.getString("to_value"),
        Sql.instant(rows, "occurred_at"),
        Sql.instant(rows, "created_at"),
        Sql.instant(rows, "cancelled_at"));
  }

  public List<Alert> list(UUID organizationId, Instant since, int limit) {
    return database.read(
        connection -> {
          List<Alert> alerts = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, kind, watch_id, jurisdiction, license_number, label, "
                      + "summary, from_value, to_value, occurred_at, created_at, cancelled_at FROM alert WHERE organization_id = ? "
                      + "AND created_at > ? ORDER BY created_at DESC, id LIMIT ?")) {
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
