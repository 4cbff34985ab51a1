package dev.touchstone.registry;

import dev.touchstone.database.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a license's change history: what one run changed in status, expiry, discipline and
 * publication.
 */
final class LicenseHistory {
  private final PreparedStatement insertEvent;
  private final IdBlocks ids;
  private final UUID runId;
  private final Instant now;

  /** A stored license as far as its history needs it; {@code actions} by {@link #signature}. */
  record Stored(
      long id, String status, LocalDate expiresOn, boolean published, Set<String> actions) {}

  LicenseHistory(Connection connection, IdBlocks ids, UUID runId, Instant now) throws SQLException {
    this.insertEvent =
        connection.prepareStatement(
            "INSERT INTO license_event (id, license_id, sync_run_id, occurred_at, field, from_value, to_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.ids = ids;
    this.runId = runId;
    this.now = now;
  }

  static String signature(String kind, LocalDate date, String action, String caseNumber) {
    return kind + "|" + date + "|" + action + "|" + caseNumber;
  }

  /** Queues an event for each difference between the stored license and its new version. */
  void changed(Stored old, NormalizedLicense license) throws SQLException {
    if (!old.published()) {
      event(old.id(), "published", "false", "true");
    }
    if (!old.status().equals(license.status().name())) {
      event(old.id(), "status", old.status(), license.status().name());
    }
    if (!Objects.equals(old.expiresOn(), license.expiresOn())) {
      event(
          old.id(),
          "expiresOn",
          Objects.toString(old.expiresOn(), null),
          Objects.toString(license.expiresOn(), null));
    }
    for (Action action : license.actions()) {
      if (!old.actions()
          .contains(
              signature(
                  action.kind().name(), action.date(), action.action(), action.caseNumber()))) {
        String field = action.kind() == ActionKind.DISCIPLINE ? "discipline" : "complaint";
        String what =
            action.action()
                + (action.date() == null ? "" : " on " + action.date())
                + (action.caseNumber() == null ? "" : " (case " + action.caseNumber() + ")");
        event(old.id(), field, null, what);
      }
    }
  }

  void unpublished(long licenseId) throws SQLException {
    event(licenseId, "published", "true", "false");
  }

  void flush() throws SQLException {
    insertEvent.executeBatch();
  }

  void close() throws SQLException {
    insertEvent.close();
  }

  private void event(long licenseId, String field, String from, String to) throws SQLException {
    insertEvent.setLong(1, ids.next());
    insertEvent.setLong(2, licenseId);
    insertEvent.setObject(3, runId);
    Sql.instant(insertEvent, 4, now);
    insertEvent.setString(5, field);
    Sql.text(insertEvent, 6, from, 300);
    Sql.text(insertEvent, 7, to, 300);
    insertEvent.addBatch();
  }
}
