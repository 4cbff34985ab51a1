package dev.touchstone.verification;

import dev.touchstone.registry.Database;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Keeps each verification exactly as issued, as its JSON, and gives it back unchanged. */
@Singleton
public class VerificationStore {
  private final Database database;
  private final JsonMapper json;

  public VerificationStore(Database database, JsonMapper json) {
    this.database = database;
    this.json = json;
  }

  /** Stores the verification and returns the JSON it will always be served as. */
  public String save(Verification verification) {
    String body;
    try {
      body = json.writeValueAsString(verification);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO verification (id, checked_at, verdict, name, state, body) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setObject(1, verification.id());
        insert.setObject(2, OffsetDateTime.ofInstant(verification.checkedAt(), ZoneOffset.UTC));
        insert.setString(3, verification.verdict().name());
        insert.setString(4, verification.request().name());
        insert.setString(5, verification.request().state());
        insert.setString(6, body);
        insert.executeUpdate();
      }
      return null;
    });
    return body;
  }

  public Optional<String> find(UUID id) {
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT body FROM verification WHERE id = ?")) {
        select.setObject(1, id);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
      }
    });
  }
}
