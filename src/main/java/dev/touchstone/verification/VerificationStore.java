package dev.touchstone.verification;

import dev.touchstone.database.Database;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps each verification exactly as issued, as its JSON, and gives it back unchanged. */
@Singleton
public class VerificationStore {
  private static final String INSERT =
      "INSERT INTO verification (id, checked_at, verdict, name, state, body_utf8, "
          + "organization_id, requested_by, license_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String HISTORY =
      "SELECT v.id, v.checked_at, v.verdict, v.name, v.state, v.license_number, v.requested_by, "
          + "s.token FROM organization_verification o "
          + "JOIN verification v ON v.id = o.verification_id "
          + "LEFT JOIN verification_share s ON s.verification_id = v.id AND s.revoked_at IS NULL ";
  private static final String INSERT_OWNED =
      "INSERT INTO organization_verification (organization_id, checked_at, verification_id) "
          + "VALUES (?, ?, ?)";
  private final Database database;
  private final JsonMapper json;
  private final CheckAddresses addresses;

  VerificationStore(Database database, JsonMapper json, CheckAddresses addresses) {
    this.database = database;
    this.json = json;
    this.addresses = addresses;
  }

  /** A stored verification as a clinic's history lists it. */
  @Serdeable
  public record Summary(
      UUID id,
      Instant checkedAt,
      Verdict verdict,
      String name,
      String state,
      String licenseNumber,
      String requestedBy,
      @Schema(description = "the check's share address; null once the clinic withdrew it") @Nullable
          String shareUrl) {}

  /** Stores a public verification and returns the JSON (UTF-8) it will always be served as. */
  public byte[] save(Verification verification) {
    return save(verification, null, null);
  }

  /**
   * Stores the verification, for an organization (with the label of the key that asked) or for the
   * public when {@code organizationId} is null, and returns the JSON it will always be served as.
   */
  public byte[] save(Verification verification, UUID organizationId, String requestedBy) {
    byte[] body = write(verification);
    database.inTransaction(
        connection -> {
          insert(connection, verification, body, organizationId, requestedBy);
          return null;
        });
    return body;
  }

  /**
   * Stores public verifications in one transaction, for a batch: all of them or, when it throws,
   * none.
   */
  public void saveAll(List<Verification> verifications) {
    saveAll(verifications, null, null);
  }

  /**
   * As {@link #saveAll(List)}, into an organization's history when {@code organizationId} is set.
   */
  public void saveAll(List<Verification> verifications, UUID organizationId, String requestedBy) {
    if (verifications.isEmpty()) {
      return;
    }
    List<byte[]> bodies = verifications.stream().map(this::write).toList();
    database.inTransaction(
        connection -> {
          for (int i = 0; i < verifications.size(); i++) {
            insert(connection, verifications.get(i), bodies.get(i), organizationId, requestedBy);
          }
          return null;
        });
  }

  private byte[] write(Verification verification) {
    try {
      return json.writeValueAsBytes(verification);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void insert(
      Connection connection,
      Verification verification,
      byte[] body,
      UUID organizationId,
      String requestedBy)
      throws SQLException {
    OffsetDateTime checkedAt = OffsetDateTime.ofInstant(verification.checkedAt(), ZoneOffset.UTC);
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, verification.id());
      insert.setObject(2, checkedAt);
      insert.setString(3, verification.verdict().name());
      insert.setString(4, verification.request().name());
      insert.setString(5, verification.request().state());
      insert.setBytes(6, body);
      insert.setObject(7, organizationId);
      insert.setString(8, requestedBy);
      insert.setString(9, verification.request().licenseNumber());
      insert.executeUpdate();
    }
    if (organizationId != null) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_OWNED)) {
        insert.setObject(1, organizationId);
        insert.setObject(2, checkedAt);
        insert.setObject(3, verification.id());
        insert.executeUpdate();
      }
      SharedChecks.insert(connection, verification.id(), organizationId, verification.checkedAt());
    }
  }

  /** A public verification by id, as UTF-8 JSON; an organization's own is not found this way. */
  public Optional<byte[]> find(UUID id) {
    return find(id, null);
  }

  /**
   * A verification by id as {@code organizationId} may see it: public ones to everyone, an
   * organization's only to itself. Anyone else's is simply not found.
   */
  public Optional<byte[]> find(UUID id, UUID organizationId) {
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT body_utf8, body, organization_id FROM verification WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              UUID owner = row.getObject(3, UUID.class);
              if (owner != null && !owner.equals(organizationId)) {
                return Optional.empty();
              }
              byte[] bytes = row.getBytes(1);
              return Optional.of(
                  bytes != null ? bytes : row.getString(2).getBytes(StandardCharsets.UTF_8));
            }
          }
        });
  }

  /**
   * The page of an organization's verifications that follows {@code after} (newest first; null for
   * the first page), by key rather than offset, so an export of a long history costs the same per
   * page from start to end.
   */
  public List<Summary> historyAfter(UUID organizationId, Summary after, int limit) {
    return database.read(
        connection -> {
          List<Summary> found = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  HISTORY
                      + "WHERE o.organization_id = ? "
                      + (after == null
                          ? ""
                          : "AND (o.checked_at < ? OR (o.checked_at = ? AND o.verification_id > ?)) ")
                      + "ORDER BY o.checked_at DESC, o.verification_id LIMIT ?")) {
            int i = 1;
            select.setObject(i++, organizationId);
            if (after != null) {
              OffsetDateTime at = OffsetDateTime.ofInstant(after.checkedAt(), ZoneOffset.UTC);
              select.setObject(i++, at);
              select.setObject(i++, at);
              select.setObject(i++, after.id());
            }
            select.setInt(i, limit);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(summary(rows));
              }
            }
          }
          return found;
        });
  }

  /** An organization's own verifications, newest first. */
  public List<Summary> history(UUID organizationId, int limit, int offset) {
    return database.read(
        connection -> {
          List<Summary> found = new ArrayList<>();
          try (PreparedStatement select =
              connection.prepareStatement(
                  HISTORY
                      + "WHERE o.organization_id = ? ORDER BY o.checked_at DESC, o.verification_id LIMIT ? OFFSET ?")) {
            select.setObject(1, organizationId);
            select.setInt(2, limit);
            select.setInt(3, offset);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(summary(rows));
              }
            }
          }
          return found;
        });
  }

  private Summary summary(ResultSet rows) throws SQLException {
    return new Summary(
        rows.getObject(1, UUID.class),
        rows.getObject(2, OffsetDateTime.class).toInstant(),
        Verdict.valueOf(rows.getString(3)),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8) == null ? null : addresses.shared(rows.getString(8)));
  }
}
