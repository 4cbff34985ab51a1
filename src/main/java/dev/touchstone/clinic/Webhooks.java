package dev.touchstone.clinic;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Each organization's webhook, and the outbox of deliveries: claimed one at a time and one
 * organization's at a time, so two instances never send one twice at once.
 */
@Singleton
public class Webhooks {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database database;
  private final Clock clock;

  public Webhooks(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public record Webhook(String url, String secret) {}

  /** A delivery as the clinic sees it: what was sent where, how often, and what came back. */
  @Serdeable
  public record Delivery(
      UUID id,
      UUID alertId,
      String url,
      String status,
      int attempts,
      @Nullable Instant nextAttemptAt,
      @Nullable Instant lastAttemptAt,
      @Nullable Integer lastStatus,
      @Nullable String lastError,
      @Nullable Instant deliveredAt) {}

  /** A claimed delivery, to send now. */
  public record Due(UUID id, UUID organizationId, UUID alertId, String url, int attempts) {}

  /** Registers (or replaces) the organization's webhook with a new secret. */
  public Webhook register(UUID organizationId, String url) {
    // Standard Webhooks' form: "whsec_" and the key in standard base64, which its reference
    // verifiers decode (the URL-safe alphabet of secrets made before 2026-12 they cannot).
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    Webhook webhook = new Webhook(url, "whsec_" + Base64.getEncoder().encodeToString(bytes));
    database.inTransaction(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM webhook WHERE organization_id = ?")) {
            delete.setObject(1, organizationId);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO webhook (organization_id, url, secret, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, organizationId);
            insert.setString(2, url);
            insert.setString(3, webhook.secret());
            Sql.instant(insert, 4, clock.instant());
            insert.executeUpdate();
          }
          // Deliveries still waiting go to the new address.
          try (PreparedStatement move =
              connection.prepareStatement(
                  "UPDATE webhook_delivery SET url = ? WHERE organization_id = ? AND status = 'PENDING'")) {
            move.setString(1, url);
            move.setObject(2, organizationId);
            return move.executeUpdate();
          }
        });
    return webhook;
  }

  public Optional<Webhook> find(UUID organizationId) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT url, secret FROM webhook WHERE organization_id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(new Webhook(row.getString(1), row.getString(2)))
                  : Optional.empty();
            }
          }
        });
  }

  public List<Delivery> deliveries(UUID organizationId, int limit) {
    return database.read(
        connection -> {
          List<Delivery> found = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, alert_id, url, status, attempts, next_attempt_at, "
                      + "last_attempt_at, last_status, last_error, delivered_at FROM webhook_delivery WHERE organization_id = ? "
                      + "ORDER BY created_at DESC, id LIMIT ?")) {
            select.setObject(1, organizationId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                int status = rows.getInt("last_status");
                found.add(
                    new Delivery(
                        rows.getObject("id", UUID.class),
                        rows.getObject("alert_id", UUID.class),
                        rows.getString("url"),
                        rows.getString("status"),
                        rows.getInt("attempts"),
                        Sql.instant(rows, "next_attempt_at"),
                        Sql.instant(rows, "last_attempt_at"),
                        rows.wasNull() ? null : status,
                        rows.getString("last_error"),
                        Sql.instant(rows, "delivered_at")));
              }
            }
          }
          return found;
        });
  }

  /**
   * The organizations with a delivery due at {@code now} and none being sent (by any instance),
   * those waiting longest first.
   */
  public List<UUID> organizationsDue(Instant now, int limit) {
    return database.read(
        connection -> {
          List<UUID> found = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT d.organization_id FROM webhook_delivery d WHERE d.status = 'PENDING' "
                      + "AND d.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM webhook_delivery o "
                      + "WHERE o.organization_id = d.organization_id AND o.status = 'PENDING' "
                      + "AND o.claimed_until >= ?) "
                      + "GROUP BY d.organization_id ORDER BY MIN(d.next_attempt_at) LIMIT ?")) {
            Sql.instant(select, 1, now);
            Sql.instant(select, 2, now);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(rows.getObject(1, UUID.class));
              }
            }
          }
          return found;
        });
  }

  /**
   * Claims the organization's oldest delivery due at {@code now} until {@code now + hold}, unless
   * another of its deliveries is being sent; empty when there is none to claim. The claim is a
   * guarded update, so of two instances reaching for one delivery only one gets it.
   */
  public Optional<Due> claimNext(UUID organizationId, Instant now, Duration hold) {
    return database.inTransaction(
        connection -> {
          Due next = null;
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, alert_id, url, attempts FROM webhook_delivery d "
                      + "WHERE d.organization_id = ? AND d.status = 'PENDING' AND d.next_attempt_at <= ? "
                      + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery o WHERE o.organization_id = ? "
                      + "AND o.status = 'PENDING' AND o.claimed_until >= ?) "
                      + "ORDER BY d.next_attempt_at, d.created_at, d.id LIMIT 1")) {
            select.setObject(1, organizationId);
            Sql.instant(select, 2, now);
            select.setObject(3, organizationId);
            Sql.instant(select, 4, now);
            try (ResultSet row = select.executeQuery()) {
              if (row.next()) {
                next =
                    new Due(
                        row.getObject(1, UUID.class),
                        organizationId,
                        row.getObject(2, UUID.class),
                        row.getString(3),
                        row.getInt(4));
              }
            }
          }
          if (next == null) {
            return Optional.<Due>empty();
          }
          try (PreparedStatement claim =
              connection.prepareStatement(
                  "UPDATE webhook_delivery SET claimed_until = ? WHERE id = ? "
                      + "AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)")) {
            Sql.instant(claim, 1, now.plus(hold));
            claim.setObject(2, next.id());
            Sql.instant(claim, 3, now);
            return claim.executeUpdate() == 1 ? Optional.of(next) : Optional.<Due>empty();
          }
        });
  }

  /** A delivered attempt: begun at {@code at}, answered 2xx at {@code answeredAt}. */
  public void delivered(UUID id, Instant at, Instant answeredAt, int status) {
    settle(id, "DELIVERED", at, status, null, answeredAt, answeredAt);
  }

  /**
   * A failed attempt, begun at {@code at}: tried again at {@code retryAt}; the delivery is never
   * given up.
   */
  public void failed(UUID id, Instant at, Integer status, String error, Instant retryAt) {
    settle(id, "PENDING", at, status, error, retryAt, null);
  }

  private void settle(
      UUID id,
      String state,
      Instant at,
      Integer status,
      String error,
      Instant next,
      Instant deliveredAt) {
    database.inTransaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, "
                      + "last_attempt_at = ?, last_status = ?, last_error = ?, next_attempt_at = ?, delivered_at = ?, claimed_until = NULL "
                      + "WHERE id = ?")) {
            update.setString(1, state);
            Sql.instant(update, 2, at);
            if (status == null) {
              update.setNull(3, java.sql.Types.INTEGER);
            } else {
              update.setInt(3, status);
            }
            update.setString(
                4,
                error == null
                    ? null
                    : error.length() > 500 ? error.substring(0, 499) + "…" : error);
            Sql.instant(update, 5, next);
            if (deliveredAt == null) {
              update.setNull(6, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
              Sql.instant(update, 6, deliveredAt);
            }
            update.setObject(7, id);
            return update.executeUpdate();
          }
        });
  }
}
