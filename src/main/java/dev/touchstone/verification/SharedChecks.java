package dev.touchstone.verification;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The share addresses of clinics' checks: {@code /shared/<token>}, a capability URL that opens one
 * check's page for whoever the clinic gives it to, until the clinic withdraws it. A check is given
 * one when it is stored; withdrawing and renewing are the clinic's.
 *
 * <p>The token is kept as issued, not hashed: it opens only the one check it sits beside in the
 * same database, so reading the table gives nothing the verification rows do not, and a clinic can
 * always be shown its addresses again (unlike an API key, which opens everything).
 */
@Singleton
public class SharedChecks {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final Database database;
  private final Clock clock;
  private final CheckAddresses addresses;

  SharedChecks(Database database, Clock clock, CheckAddresses addresses) {
    this.database = database;
    this.clock = clock;
    this.addresses = addresses;
  }

  /** A check opened by its share address: its JSON, or only that the clinic withdrew it. */
  public record Shared(UUID verificationId, byte[] body, boolean withdrawn) {}

  /** 256 random bits, URL-safe: unguessable. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Gives a check just stored for an organization its share address, in the same transaction. */
  static void insert(Connection connection, UUID verificationId, UUID organizationId, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO verification_share (token, verification_id, organization_id, created_at) "
                + "VALUES (?, ?, ?, ?)")) {
      insert.setString(1, newToken());
      insert.setObject(2, verificationId);
      insert.setObject(3, organizationId);
      Sql.instant(insert, 4, at);
      insert.executeUpdate();
    }
  }

  /** The check's share address in use, if the organization has not withdrawn it. */
  public Optional<String> addressOf(UUID verificationId, UUID organizationId) {
    return Optional.ofNullable(
        addressesOf(java.util.List.of(verificationId), organizationId).get(verificationId));
  }

  /** The share addresses in use of some of an organization's checks, by check. */
  public Map<UUID, String> addressesOf(Collection<UUID> verificationIds, UUID organizationId) {
    Map<UUID, String> found = new HashMap<>();
    if (verificationIds.isEmpty() || organizationId == null) {
      return found;
    }
    database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT verification_id, token FROM verification_share WHERE organization_id = ? "
                      + "AND revoked_at IS NULL AND verification_id IN ("
                      + String.join(
                          ", ", java.util.Collections.nCopies(verificationIds.size(), "?"))
                      + ")")) {
            select.setObject(1, organizationId);
            int i = 2;
            for (UUID id : verificationIds) {
              select.setObject(i++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.put(rows.getObject(1, UUID.class), addresses.shared(rows.getString(2)));
              }
            }
          }
          return null;
        });
    return found;
  }

  /** The check a token opens; empty for a token that never was one. */
  public Optional<Shared> find(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT s.verification_id, s.revoked_at, v.body_utf8, v.body FROM verification_share s "
                      + "JOIN verification v ON v.id = s.verification_id WHERE s.token = ?")) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              UUID id = row.getObject(1, UUID.class);
              if (row.getObject(2) != null) {
                return Optional.of(new Shared(id, null, true));
              }
              byte[] bytes = row.getBytes(3);
              return Optional.of(
                  new Shared(
                      id,
                      bytes != null ? bytes : row.getString(4).getBytes(StandardCharsets.UTF_8),
                      false));
            }
          }
        });
  }

  /** Withdraws the check's address; false when the organization has no such check. */
  public boolean withdraw(UUID verificationId, UUID organizationId) {
    return database.inTransaction(
        connection -> {
          if (!owns(connection, verificationId, organizationId)) {
            return false;
          }
          revoke(connection, verificationId, organizationId);
          return true;
        });
  }

  /**
   * A new address for the check, the old one withdrawn; empty when the organization has no such
   * check.
   */
  public Optional<String> renew(UUID verificationId, UUID organizationId) {
    return database.inTransaction(
        connection -> {
          if (!owns(connection, verificationId, organizationId)) {
            return Optional.<String>empty();
          }
          revoke(connection, verificationId, organizationId);
          insert(connection, verificationId, organizationId, clock.instant());
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT token FROM verification_share WHERE verification_id = ? "
                      + "AND revoked_at IS NULL")) {
            select.setObject(1, verificationId);
            try (ResultSet row = select.executeQuery()) {
              row.next();
              return Optional.of(addresses.shared(row.getString(1)));
            }
          }
        });
  }

  private static boolean owns(Connection connection, UUID verificationId, UUID organizationId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT 1 FROM verification WHERE id = ? AND organization_id = ?")) {
      select.setObject(1, verificationId);
      select.setObject(2, organizationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  private void revoke(Connection connection, UUID verificationId, UUID organizationId)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE verification_share SET revoked_at = ? WHERE verification_id = ? "
                + "AND organization_id = ? AND revoked_at IS NULL")) {
      Sql.instant(update, 1, clock.instant());
      update.setObject(2, verificationId);
      update.setObject(3, organizationId);
      update.executeUpdate();
    }
  }
}
