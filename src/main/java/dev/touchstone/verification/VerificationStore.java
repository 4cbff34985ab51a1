package dev.touchstone.verification;

import dev.touchstone.registry.Database;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Keeps each verification exactly as issued, as its JSON, and gives it back unchanged. */
@Singleton
public class VerificationStore {
  private final Database database;
  private final VerificationJson json;
  private final VerificationWriter writer;

  VerificationStore(Database database, VerificationJson json, VerificationWriter writer) {
    this.database = database;
    this.json = json;
    this.writer = writer;
  }

  /** A stored verification as a clinic's history lists it. */
  @Serdeable
  public record Summary(UUID id, Instant checkedAt, Verdict verdict, String name, String state,
      String licenseNumber, String requestedBy) {}

  /** Stores a public verification and returns the JSON (UTF-8) it will always be served as. */
  public byte[] save(Verification verification) {
    return save(verification, null, null);
  }

  /**
   * Stores the verification, for an organization (with the label of the key that asked) or for
   * the public when {@code organizationId} is null, and returns the JSON it will always be served as.
   */
  public byte[] save(Verification verification, UUID organizationId, String requestedBy) {
    return VerificationWriter.await(saveAsync(verification, organizationId, requestedBy));
  }

  /**
   * Queues the verification for storing without waiting, as {@link #save} stores it: the future
   * completes with its JSON once it is committed, or exceptionally with what kept it from being stored.
   */
  public CompletableFuture<byte[]> saveAsync(Verification verification, UUID organizationId, String requestedBy) {
    return saveAsync(verification, organizationId, requestedBy, null);
  }

  /**
   * As {@link #saveAsync(Verification, UUID, String)}; called on an event loop, with its executor
   * as {@code loop}, the verification goes to the writer with the others the loop decides in the same pass.
   */
  public CompletableFuture<byte[]> saveAsync(Verification verification, UUID organizationId, String requestedBy,
      @Nullable Executor loop) {
    byte[] body = json.write(verification);
    VerificationWriter.Row row = new VerificationWriter.Row(verification, body, organizationId, requestedBy);
    return (loop == null ? writer.submit(row) : writer.submit(row, loop)).thenApply(stored -> body);
  }

  /** A verification queued for storing; {@link #await} returns once it is committed, or throws why it could not be. */
  public record PendingSave(CompletableFuture<byte[]> stored) {
    public void await() {
      VerificationWriter.await(stored);
    }
  }

  /** Queues a public verification for storing, for callers with many at once, so they share commits. */
  public PendingSave saveLater(Verification verification) {
    return new PendingSave(saveAsync(verification, null, null));
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
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
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
          return Optional.of(bytes != null ? bytes : row.getString(2).getBytes(StandardCharsets.UTF_8));
        }
      }
    });
  }

  /** An organization's own verifications, newest first. */
  public List<Summary> history(UUID organizationId, int limit, int offset) {
    return database.read(connection -> {
      List<Summary> found = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT v.id, v.checked_at, v.verdict, v.name, v.state, "
          + "v.license_number, v.requested_by FROM organization_verification o JOIN verification v ON v.id = o.verification_id "
          + "WHERE o.organization_id = ? ORDER BY o.checked_at DESC, o.verification_id LIMIT ? OFFSET ?")) {
        select.setObject(1, organizationId);
        select.setInt(2, limit);
        select.setInt(3, offset);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            found.add(new Summary(rows.getObject(1, UUID.class), rows.getObject(2, OffsetDateTime.class).toInstant(),
                Verdict.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
          }
        }
      }
      return found;
    });
  }
}
