package dev.touchstone.clinic;

import dev.touchstone.registry.LicenseChanges;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceKind;
import dev.touchstone.sync.SyncCommitted;
import dev.touchstone.sync.SyncRun;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.Verifier;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a committed sync changed into alerts for the organizations watching those licenses:
 * the run's license events (status, discipline, complaints, publication; a renewal withdraws stale
 * expiry alerts), then, for every watched license, an expiry inside the organization's warning days
 * and a license that has appeared since it was added, and a possible or confirmed exclusion where
 * the run could have changed one. Each change has a dedupe key, so running the same sync again, on
 * this instance or another, alerts nobody twice.
 */
@Singleton
class AlertGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(AlertGenerator.class);

  private final Watchlist watchlist;
  private final LicenseChanges licenses;
  private final Alerts alerts;
  private final Verifier verifier;
  private final Clock clock;
  private final SourceDefinitions sources;
  private final ExpectedNames expectedNames;

  public AlertGenerator(
      Watchlist watchlist,
      LicenseChanges licenses,
      Alerts alerts,
      Verifier verifier,
      Clock clock,
      SourceDefinitions sources,
      ExpectedNames expectedNames) {
    this.expectedNames = expectedNames;
    this.watchlist = watchlist;
    this.licenses = licenses;
    this.alerts = alerts;
    this.verifier = verifier;
    this.clock = clock;
    this.sources = sources;
  }

  @EventListener
  void onSyncCommitted(SyncCommitted committed) {
    try {
      List<Watchlist.Watch> watches = watchlist.everyWatch();
      int added = fromRun(committed.run(), watches) + fromWatchedLicenses(committed.run(), watches);
      if (added > 0) {
        LOG.info(
            "sync of {}: {} alert(s) for watching organizations",
            committed.run().sourceId(),
            added);
      }
    } catch (RuntimeException e) {
      LOG.error(
          "alerts for the sync of {} could not be made; the next committed sync makes them",
          committed.run().sourceId(),
          e);
    }
  }

  /**
   * A license added to a watchlist that is already suspended, revoked, expired or otherwise out of
   * good standing, or no longer listed, alerts at once, and so does one expiring inside the
   * organization's warning days: the clinic should not wait for the next change to hear it.
   */
  @TransactionalEventListener
  void onWatchesAdded(Watchlist.WatchesAdded added) {
    try {
      List<Watchlist.Watch> watches = watchlist.watches(added.organizationId(), added.watchIds());
      Map<LicenseChanges.Key, List<LicenseChanges.Current>> current =
          licenses.byKeys(watches.stream().map(Watchlist.Watch::license).toList()).stream()
              .collect(Collectors.groupingBy(LicenseChanges.Current::key));
      LocalDate today = LocalDate.now(clock);
      Instant now = clock.instant();
      for (Watchlist.Watch watch : watches) {
        for (LicenseChanges.Current license : current.getOrDefault(watch.license(), List.of())) {
          if (!watch.names(license.licenseNumber())) {
            continue;
          }
          Watched watched = Watched.of(watch, license.licenseNumber());
          nameMismatch(watch, watched, license, now, null);
          if (!license.status().inGoodStanding() || !license.published()) {
            add(
                watched,
                license.licenseId(),
                AlertKind.NOT_IN_GOOD_STANDING,
                license.published()
                    ? "joins the watchlist already " + license.status().inWords()
                    : "joins the watchlist no longer on the board's list",
                null,
                license.status().name(),
                "watched:" + watch.id(),
                now,
                null);
          } else {
            expiresSoon(watch, watched, license, today, now, null);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.error("alerts for newly watched licenses could not be made; the next sync makes them", e);
    }
  }

  private record Watched(
      UUID organizationId, UUID watchId, String label, String jurisdiction, String licenseNumber) {
    static Watched of(Watchlist.Watch watch, String licenseNumber) {
      return new Watched(
          watch.organizationId(),
          watch.id(),
          watch.label(),
          watch.license().jurisdiction(),
          licenseNumber);
    }
  }

  /** The run's license events on watched licenses. */
  int fromRun(SyncRun run, List<Watchlist.Watch> watches) {
    Map<LicenseChanges.Key, List<Watchlist.Watch>> byLicense =
        watches.stream().collect(Collectors.groupingBy(Watchlist.Watch::license));
    int added = 0;
    for (LicenseChanges.Event event : licenses.ofRun(run.id(), byLicense::containsKey)) {
      if ("expiresOn".equals(event.field())) {
        // A renewal: expiry alerts made for the old date are withdrawn (and their webhooks with
        // them).
        alerts.cancelExpiryAlertsOtherThan(
            event.licenseId(), expiryKey(event.licenseId(), event.to()));
        continue;
      }
      AlertKind kind =
          switch (event.field()) {
            case "status" -> AlertKind.STATUS_CHANGED;
            case "discipline" -> AlertKind.DISCIPLINE_ADDED;
            case "complaint" -> AlertKind.COMPLAINT_ADDED;
            case "published" ->
                "false".equals(event.to())
                    ? AlertKind.NO_LONGER_PUBLISHED
                    : AlertKind.PUBLISHED_AGAIN;
            default -> null;
          };
      if (kind == null) {
        continue;
      }
      String summary =
          switch (kind) {
            case STATUS_CHANGED ->
                "status changed from "
                    + statusWord(event.from())
                    + " to "
                    + statusInWords(event.to());
            case DISCIPLINE_ADDED -> "new disciplinary action: " + event.to();
            case COMPLAINT_ADDED -> "new complaint on record: " + event.to();
            case NO_LONGER_PUBLISHED -> "the board no longer lists this license";
            default -> "the board lists this license again";
          };
      for (Watchlist.Watch watch : byLicense.get(event.key())) {
        if (watch.names(event.licenseNumber())
            && add(
                Watched.of(watch, event.licenseNumber()),
                event.licenseId(),
                kind,
                summary,
                event.from(),
                event.to(),
                "event:" + event.id(),
                event.at(),
                run.id())) {
          added++;
        }
      }
    }
    return added;
  }

  /**
   * Expiries inside the warning days, licenses that appeared, and exclusions, for every watched
   * license.
   */
  int fromWatchedLicenses(SyncRun run, List<Watchlist.Watch> watches) {
    Map<LicenseChanges.Key, List<LicenseChanges.Current>> current =
        licenses.byKeys(watches.stream().map(Watchlist.Watch::license).toList()).stream()
            .collect(Collectors.groupingBy(LicenseChanges.Current::key));
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    int added = 0;
    for (Watchlist.Watch watch : watches) {
      for (LicenseChanges.Current license : current.getOrDefault(watch.license(), List.of())) {
        if (!watch.names(license.licenseNumber())) {
          continue;
        }
        Watched watched = Watched.of(watch, license.licenseNumber());
        if (nameMismatch(watch, watched, license, now, run.id())) {
          added++;
        }
        if (license.firstSeenAt().isAfter(watch.since())
            && add(
                watched,
                license.licenseId(),
                AlertKind.LICENSE_FOUND,
                "the board now lists this license: " + license.status().inWords(),
                null,
                license.status().name(),
                "found:" + watch.id(),
                now,
                run.id())) {
          added++;
        }
        if (expiresSoon(watch, watched, license, today, now, run.id())) {
          added++;
        }
        if (checksExclusionsOf(run, watched)) {
          added += exclusions(watched, license.licenseId(), license.name(), now, run.id());
        }
      }
    }
    return added;
  }

  /**
   * A license bearing another name than the watch expects, once for each name the license bears: a
   * number typed from the wrong person's card, or a license that changed hands in the records.
   */
  private boolean nameMismatch(
      Watchlist.Watch watch,
      Watched watched,
      LicenseChanges.Current license,
      Instant now,
      UUID runId) {
    if (expectedNames.fits(watch.expectedName(), license.parts())) {
      return false;
    }
    String onLicense = ExpectedNames.display(license);
    return add(
        watched,
        license.licenseId(),
        AlertKind.NAME_MISMATCH,
        ExpectedNames.mismatch(watch.expectedName(), onLicense),
        watch.expectedName(),
        onLicense,
        "name:" + watch.id() + ":" + license.name(),
        now,
        runId);
  }

  private static String statusWord(String status) {
    return status == null ? "none" : status.toLowerCase(java.util.Locale.ROOT);
  }

  private static String statusInWords(String status) {
    try {
      return LicenseStatus.valueOf(status).inWords();
    } catch (IllegalArgumentException | NullPointerException e) {
      return statusWord(status);
    }
  }

  /** An expiry inside the organization's warning days, once per threshold. */
  private boolean expiresSoon(
      Watchlist.Watch watch,
      Watched watched,
      LicenseChanges.Current license,
      LocalDate today,
      Instant now,
      UUID runId) {
    if (license.expiresOn() == null) {
      return false;
    }
    String expiryKey = expiryKey(license.licenseId(), license.expiresOn().toString());
    long daysLeft = ChronoUnit.DAYS.between(today, license.expiresOn());
    Integer threshold = tightestThreshold(watch.expiryAlertDays(), daysLeft);
    return threshold != null
        && license.published()
        && (license.status() == LicenseStatus.ACTIVE
            || license.status() == LicenseStatus.RESTRICTED)
        && add(
            watched,
            license.licenseId(),
            AlertKind.EXPIRES_SOON,
            "expires on "
                + license.expiresOn()
                + ", in "
                + daysLeft
                + " day"
                + (daysLeft == 1 ? "" : "s")
                + ": ask for the renewal",
            null,
            license.expiresOn().toString(),
            expiryKey + threshold,
            now,
            runId);
  }

  /**
   * After the exclusion list or the NPI registry changed, every watched license is checked again;
   * after a board's sync, only that board's licenses (their names may have changed).
   */
  private boolean checksExclusionsOf(SyncRun run, Watched watched) {
    return sources
        .find(run.sourceId())
        .map(
            source ->
                source.kind() != SourceKind.LICENSING_BOARD
                    || source.jurisdiction().equals(watched.jurisdiction()))
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
    return Organizations.alertDays(days).stream()
        .filter(d -> daysLeft <= d)
        .min(Integer::compare)
        .orElse(null);
  }

  private int exclusions(Watched watched, long licenseId, String name, Instant now, UUID runId) {
    Verification check =
        verifier.verify(
            new VerificationRequest(name, watched.jurisdiction(), watched.licenseNumber(), null)
                .tidy());
    int added = 0;
    for (Verification.ExclusionMatch match : check.exclusions()) {
      if (!match.current()) {
        continue;
      }
      boolean confirmed = "CONFIRMED".equals(match.match());
      var entry = match.entry();
      String who =
          entry.firstName()
              + " "
              + entry.lastName()
              + (entry.state() == null ? "" : " (" + entry.state() + ")");
      String summary =
          confirmed
              ? "the federal exclusion list names this licensee by NPI, excluded since "
                  + entry.excludedOn()
              : "the federal exclusion list names "
                  + who
                  + ", excluded since "
                  + entry.excludedOn()
                  + ": possibly this licensee; check";
      String key =
          "exclusion:"
              + match.match()
              + ":"
              + licenseId
              + ":"
              + entry.lastName()
              + "|"
              + entry.firstName()
              + "|"
              + entry.excludedOn()
              + "|"
              + entry.npi();
      if (add(
          watched,
          licenseId,
          confirmed ? AlertKind.EXCLUSION_CONFIRMED : AlertKind.EXCLUSION_POSSIBLE,
          summary,
          null,
          who,
          key,
          now,
          runId)) {
        added++;
      }
    }
    return added;
  }

  private boolean add(
      Watched watched,
      Long licenseId,
      AlertKind kind,
      String summary,
      String from,
      String to,
      String dedupeKey,
      Instant at,
      UUID runId) {
    String subject =
        watched.jurisdiction()
            + " "
            + watched.licenseNumber()
            + (watched.label() == null ? "" : " (" + watched.label() + ")");
    return alerts.add(
        new Alerts.NewAlert(
            watched.organizationId(),
            watched.watchId(),
            licenseId,
            kind,
            watched.jurisdiction(),
            watched.licenseNumber(),
            watched.label(),
            "License " + subject + ": " + summary,
            from,
            to,
            dedupeKey,
            at,
            runId));
  }
}
