package dev.touchstone.clinic;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Organizations and their API keys. A key is random, shown once when issued, and stored only as
 * its SHA-256: the database never holds a key that works. Revoking is immediate.
 */
@Singleton
public class Organizations {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database database;
  private final Clock clock;

  public Organizations(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public record Organization(UUID id, String name, Instant createdAt) {}

  /** A key as issued: the only time {@code apiKey} is ever seen. */
  public record IssuedKey(UUID keyId, String label, String apiKey) {}

  /** A key as listed: never the key itself. */
  @io.micronaut.serde.annotation.Serdeable
  public record KeyInfo(UUID keyId, String label, String prefix, Instant createdAt, Instant revokedAt) {}

  public Organization create(String name) {
    Organization organization = new Organization(UUID.randomUUID(), name, clock.instant());
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization (id, name, created_at) VALUES (?, ?, ?)")) {
        insert.setObject(1, organization.id());
        insert.setString(2, organization.name());
        Sql.instant(insert, 3, organization.createdAt());
        return insert.executeUpdate();
      }
    });
    return organization;
  }

  public Optional<Organization> find(UUID id) {
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT id, name, created_at FROM organization WHERE id = ?")) {
        select.setObject(1, id);
        try (ResultSet row = select.executeQuery()) {
          return row.next()
              ? Optional.of(new Organization(row.getObject(1, UUID.class), row.getString(2), Sql.instant(row, "created_at")))
              : Optional.empty();
        }
      }
    });
  }

  public IssuedKey issueKey(UUID organizationId, String label) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String key = "tsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    IssuedKey issued = new IssuedKey(UUID.randomUUID(), label, key);
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO api_key (id, organization_id, label, key_hash, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setObject(1, issued.keyId());
        insert.setObject(2, organizationId);
        insert.setString(3, label);
        insert.setString(4, hash(key));
        insert.setString(5, key.substring(0, 8));
        Sql.instant(insert, 6, clock.instant());
        return insert.executeUpdate();
      }
    });
    return issued;
  }

  /** Revokes one of the organization's keys; false when it has no such key. */
  public boolean revokeKey(UUID organizationId, UUID keyId) {
    return database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE api_key SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND organization_id = ?")) {
        Sql.instant(update, 1, clock.instant());
        update.setObject(2, keyId);
        update.setObject(3, organizationId);
        return update.executeUpdate() == 1;
      }
    });
  }

  public List<KeyInfo> keys(UUID organizationId) {
    return database.read(connection -> {
      List<KeyInfo> keys = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, label, prefix, created_at, revoked_at FROM api_key WHERE organization_id = ? ORDER BY created_at")) {
        select.setObject(1, organizationId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            keys.add(new KeyInfo(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                Sql.instant(rows, "created_at"), Sql.instant(rows, "revoked_at")));
          }
        }
      }
      return keys;
    });
  }

  /** The days before a watched license expires at which the organization is alerted, largest first. */
  public List<Integer> expiryAlertDays(UUID organizationId) {
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT expiry_alert_days FROM organization WHERE id = ?")) {
        select.setObject(1, organizationId);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return java.util.Arrays.stream(row.getString(1).split(",")).map(String::strip).filter(d -> !d.isEmpty())
              .map(Integer::valueOf).sorted(java.util.Comparator.reverseOrder()).toList();
        }
      }
    });
  }

  public void setExpiryAlertDays(UUID organizationId, List<Integer> days) {
    String text = days.stream().distinct().sorted(java.util.Comparator.reverseOrder()).map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(","));
    database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE organization SET expiry_alert_days = ? WHERE id = ?")) {
        update.setString(1, text);
        update.setObject(2, organizationId);
        return update.executeUpdate();
      }
    });
  }

  /** The caller a presented key stands for, if it is a live key. */
  public Optional<Caller> authenticate(String presented) {
    if (presented == null || !presented.startsWith("tsk_") || presented.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(presented);
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT k.organization_id, o.name, k.id, k.label "
          + "FROM api_key k JOIN organization o ON o.id = k.organization_id WHERE k.key_hash = ? AND k.revoked_at IS NULL")) {
        select.setString(1, hash);
        try (ResultSet row = select.executeQuery()) {
          return row.next()
              ? Optional.of(new Caller(row.getObject(1, UUID.class), row.getString(2), row.getObject(3, UUID.class), row.getString(4)))
              : Optional.empty();
        }
      }
    });
  }

  static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
