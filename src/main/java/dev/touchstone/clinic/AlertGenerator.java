package dev.touchstone.clinic;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceKind;
import dev.touchstone.sync.SyncCommitted;
import dev.touchstone.sync.SyncRun;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.Verifier;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a committed sync changed into alerts for the organizations watching those licenses:
 * the run's license events (status, discipline, complaints, publication; a renewal withdraws stale
 * expiry alerts), then, for every watched license, an expiry inside the organization's warning days
 * and a license that has appeared since it was added, and a possible or confirmed exclusion where
 * the run could have changed one. Each change has a dedupe key, so running the
 * same sync again, on this instance or another, alerts nobody twice.
 */
@Singleton
public class AlertGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(AlertGenerator.class);

  private final Database database;
  private final Alerts alerts;
  private final Verifier verifier;
  private final Clock clock;
  private final SourceDefinitions sources;

  public AlertGenerator(Database database, Alerts alerts, Verifier verifier, Clock clock, SourceDefinitions sources) {
    this.database = database;
    this.alerts = alerts;
    this.verifier = verifier;
    this.clock = clock;
    this.sources = sources;
  }

  @EventListener
  void onSyncCommitted(SyncCommitted committed) {
    try {
      int added = fromRun(committed.run()) + fromWatchedLicenses(committed.run());
      if (added > 0) {
        LOG.info("sync of {}: {} alert(s) for watching organizations", committed.run().sourceId(), added);
      }
    } catch (RuntimeException e) {
      LOG.error("alerts for the sync of {} could not be made; the next committed sync makes them", committed.run().sourceId(), e);
    }
  }

  private record Watched(UUID organizationId, UUID watchId, String label, String jurisdiction, String licenseNumber) {}

  /** The run's license events on watched licenses. */
  int fromRun(SyncRun run) {
    record Event(long id, String field, String from, String to, Instant at, long licenseId, Watched watched) {}
    List<Event> events = database.read(connection -> {
      List<Event> found = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT e.id, e.field, e.from_value, e.to_value, e.occurred_at, "
          + "l.id AS license_id, l.license_number, w.organization_id, w.id AS watch_id, w.label, w.jurisdiction "
          + "FROM license_event e JOIN license l ON l.id = e.license_id "
          + "JOIN watch w ON w.jurisdiction = l.jurisdiction AND w.lookup_key = l.lookup_key WHERE e.sync_run_id = ?")) {
        select.setObject(1, run.id());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            found.add(new Event(rows.getLong("id"), rows.getString("field"), rows.getString("from_value"), rows.getString("to_value"),
                Sql.instant(rows, "occurred_at"), rows.getLong("license_id"), new Watched(rows.getObject("organization_id", UUID.class),
                    rows.getObject("watch_id", UUID.class), rows.getString("label"), rows.getString("jurisdiction"),
                    rows.getString("license_number"))));
          }
        }
      }
      return found;
    });
    int added = 0;
    for (Event event : events) {
      if ("expiresOn".equals(event.field())) {
        // A renewal: expiry alerts made for the old date are withdrawn (and their webhooks with them).
        alerts.cancelExpiryAlertsOtherThan(event.licenseId(), expiryKey(event.licenseId(), event.to()));
        continue;
      }
      AlertKind kind = switch (event.field()) {
        case "status" -> AlertKind.STATUS_CHANGED;
        case "discipline" -> AlertKind.DISCIPLINE_ADDED;
        case "complaint" -> AlertKind.COMPLAINT_ADDED;
        case "published" -> "false".equals(event.to()) ? AlertKind.NO_LONGER_PUBLISHED : AlertKind.PUBLISHED_AGAIN;
        default -> null;
      };
      if (kind == null) {
        continue;
      }
      String summary = switch (kind) {
        case STATUS_CHANGED -> "status changed from " + event.from() + " to " + event.to();
        case DISCIPLINE_ADDED -> "new disciplinary action: " + event.to();
        case COMPLAINT_ADDED -> "new complaint on record: " + event.to();
        case NO_LONGER_PUBLISHED -> "the board no longer lists this license";
        default -> "the board lists this license again";
      };
      if (add(event.watched(), event.licenseId(), kind, summary, event.from(), event.to(), "event:" + event.id(), event.at(), run.id())) {
        added++;
      }
    }
    return added;
  }

  /** Expiries inside the warning days, licenses that appeared, and exclusions, for every watched license. */
  int fromWatchedLicenses(SyncRun run) {
    record Row(Watched watched, Long licenseId, LicenseStatus status, LocalDate expiresOn, boolean published, Instant firstSeenAt,
        Instant watchedSince, String name, String days) {}
    List<Row> rows = database.read(connection -> {
      List<Row> found = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT w.organization_id, w.id AS watch_id, w.label, "
          + "w.jurisdiction, w.created_at AS watched_since, l.id AS license_id, l.license_number, l.status, l.expires_on, l.published, "
          + "l.first_seen_at, l.name_raw, o.expiry_alert_days FROM watch w JOIN organization o ON o.id = w.organization_id "
          + "JOIN license l ON l.jurisdiction = w.jurisdiction AND l.lookup_key = w.lookup_key")) {
        try (ResultSet r = select.executeQuery()) {
          while (r.next()) {
            found.add(new Row(new Watched(r.getObject("organization_id", UUID.class), r.getObject("watch_id", UUID.class),
                r.getString("label"), r.getString("jurisdiction"), r.getString("license_number")), r.getLong("license_id"),
                LicenseStatus.valueOf(r.getString("status")), Sql.date(r, "expires_on"), r.getBoolean("published"),
                Sql.instant(r, "first_seen_at"), Sql.instant(r, "watched_since"), r.getString("name_raw"), r.getString("expiry_alert_days")));
          }
        }
      }
      return found;
    });
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    int added = 0;
    for (Row row : rows) {
      Watched watched = row.watched();
      if (row.firstSeenAt().isAfter(row.watchedSince())
          && add(watched, row.licenseId(), AlertKind.LICENSE_FOUND, "the board now lists this license (status " + row.status() + ")",
              null, row.status().name(), "found:" + watched.watchId(), now, run.id())) {
        added++;
      }
      if (row.expiresOn() != null) {
        String expiryKey = expiryKey(row.licenseId(), row.expiresOn().toString());
        long daysLeft = ChronoUnit.DAYS.between(today, row.expiresOn());
        Integer threshold = tightestThreshold(row.days(), daysLeft);
        if (threshold != null && row.published() && (row.status() == LicenseStatus.ACTIVE || row.status() == LicenseStatus.RESTRICTED)
            && add(watched, row.licenseId(), AlertKind.EXPIRES_SOON, "expires on " + row.expiresOn() + ", in " + daysLeft + " day"
                + (daysLeft == 1 ? "" : "s") + ": ask for the renewal", null, row.expiresOn().toString(), expiryKey + threshold, now,
                run.id())) {
          added++;
        }
      }
      if (checksExclusionsOf(run, watched)) {
        added += exclusions(row.watched(), row.licenseId(), row.name(), now, run.id());
      }
    }
    return added;
  }

  /**
   * After the exclusion list or the NPI registry changed, every watched license is checked again;
   * after a board's sync, only that board's licenses (their names may have changed).
   */
  private boolean checksExclusionsOf(SyncRun run, Watched watched) {
    return sources.find(run.sourceId())
        .map(source -> source.kind() != SourceKind.LICENSING_BOARD || source.jurisdiction().equals(watched.jurisdiction()))
        .orElse(true);
  }

  private static String expiryKey(long licenseId, String expiresOn) {
    return "expiry:" + licenseId + ":" + expiresOn + ":";
  }

  /** The smallest warning threshold the days left are within, or none. */
  static Integer tightestThreshold(String days, long daysLeft) {
    if (daysLeft < 0) {
      return null;
    }
    return Arrays.stream(days.split(",")).map(String::strip).filter(d -> !d.isEmpty()).map(Integer::valueOf)
        .filter(d -> daysLeft <= d).min(Integer::compare).orElse(null);
  }

  private int exclusions(Watched watched, long licenseId, String name, Instant now, UUID runId) {
    Verification check = verifier.verify(new VerificationRequest(name, watched.jurisdiction(), watched.licenseNumber(), null).tidy());
    int added = 0;
    for (Verification.ExclusionMatch match : check.exclusions()) {
      if (!match.current()) {
        continue;
      }
      boolean confirmed = "CONFIRMED".equals(match.match());
      var entry = match.entry();
      String who = entry.firstName() + " " + entry.lastName() + (entry.state() == null ? "" : " (" + entry.state() + ")");
      String summary = confirmed
          ? "the federal exclusion list names this licensee by NPI, excluded since " + entry.excludedOn()
          : "the federal exclusion list names " + who + ", excluded since " + entry.excludedOn() + ": possibly this licensee; check";
      String key = "exclusion:" + match.match() + ":" + licenseId + ":" + entry.lastName() + "|" + entry.firstName() + "|"
          + entry.excludedOn() + "|" + entry.npi();
      if (add(watched, licenseId, confirmed ? AlertKind.EXCLUSION_CONFIRMED : AlertKind.EXCLUSION_POSSIBLE, summary, null, who, key,
          now, runId)) {
        added++;
      }
    }
    return added;
  }

  private boolean add(Watched watched, Long licenseId, AlertKind kind, String summary, String from, String to, String dedupeKey,
      Instant at, UUID runId) {
    String subject = watched.jurisdiction() + " " + watched.licenseNumber() + (watched.label() == null ? "" : " (" + watched.label() + ")");
    return alerts.add(new Alerts.NewAlert(watched.organizationId(), watched.watchId(), licenseId, kind, watched.jurisdiction(),
        watched.licenseNumber(), watched.label(), "License " + subject + ": " + summary, from, to, dedupeKey, at, runId));
  }
}
