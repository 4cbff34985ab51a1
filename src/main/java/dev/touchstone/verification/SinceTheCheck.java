package dev.touchstone.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseNumbers;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.source.SourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Today's state of the licenses a stored check matched, against what the check saw. A shared check
 * is shown exactly as issued; this says, beside it, when the board's record has changed since
 * (status, new discipline, expiry passed, no longer listed) or when the check is older than its
 * board's records are kept fresh — so an old green link never stands for today.
 */
@Singleton
public class SinceTheCheck {
  private final LicenseQueries licenses;
  private final Clock clock;
  private final Jurisdictions jurisdictions;

  SinceTheCheck(LicenseQueries licenses, Clock clock, Jurisdictions jurisdictions) {
    this.licenses = licenses;
    this.clock = clock;
    this.jurisdictions = jurisdictions;
  }

  /**
   * @param changed whether any matched license's record changed since the check
   * @param outdated whether the check is older than a consulted board's freshness window
   * @param summary in words, for a person; null when nothing changed and the check is recent
   */
  @Serdeable
  public record CurrentState(
      Instant asOf,
      boolean changed,
      boolean outdated,
      @Nullable String summary,
      List<LicenseNow> licenses) {}

  /**
   * One matched license today.
   *
   * @param statusNow null when the registry no longer holds the license
   * @param changes what changed since the check, in words; empty when nothing did
   */
  @Serdeable
  public record LicenseNow(
      String jurisdiction,
      String licenseNumber,
      LicenseStatus statusThen,
      // Absent rather than null: OpenAPI 3.0 cannot say "this schema or null" of a $ref in a way
      // validators and generated clients agree on.
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @io.swagger.v3.oas.annotations.media.Schema(
              requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED,
              description =
                  "the license's status today; absent when the registry no longer holds it")
          LicenseStatus statusNow,
      boolean listed,
      List<String> changes) {}

  public CurrentState of(Verification check) {
    Instant now = clock.instant();
    // Rules count days on the service's clock, as the verdict did; the days a change is said to
    // have happened on are the state's.
    ZoneId zone =
        jurisdictions.find(check.request().state()).map(Jurisdiction::zone).orElse(clock.getZone());
    LocalDate today = LocalDate.now(clock);
    LocalDate checkedOn = LocalDate.ofInstant(check.checkedAt(), clock.getZone());
    List<LicenseNow> states = new ArrayList<>();
    for (LicenseView then : check.matchedLicenses()) {
      states.add(now(then, check.checkedAt(), checkedOn, today, zone));
    }
    boolean changed = states.stream().anyMatch(state -> !state.changes().isEmpty());
    Optional<Duration> window = freshnessWindow(check);
    boolean outdated = window.isPresent() && check.checkedAt().plus(window.get()).isBefore(now);
    return new CurrentState(
        now,
        changed,
        outdated,
        summary(check, LocalDate.ofInstant(check.checkedAt(), zone), states, outdated, window),
        states);
  }

  private LicenseNow now(
      LicenseView then, Instant checkedAt, LocalDate checkedOn, LocalDate today, ZoneId zone) {
    Optional<LicenseView> found =
        licenses.match(then.jurisdiction(), then.licenseNumber()).licenses().stream()
            .filter(l -> LicenseNumbers.sameNumber(then.licenseNumber(), l.licenseNumber()))
            .findFirst();
    if (found.isEmpty()) {
      return new LicenseNow(
          then.jurisdiction(),
          then.licenseNumber(),
          then.status(),
          null,
          false,
          List.of("no longer in the board's records"));
    }
    LicenseView now = found.get();
    List<String> changes = new ArrayList<>();
    if (now.status() != then.status()) {
      changes.add(
          word(now.status())
              + since(now, "status", checkedAt, zone)
                  .map(on -> " on " + Phrases.date(on))
                  .orElse(""));
    }
    if (then.published() && !now.published()) {
      changes.add(
          "no longer on the board's list"
              + since(now, "published", checkedAt, zone)
                  .map(on -> " since " + Phrases.date(on))
                  .orElse(""));
    }
    Set<LicenseView.ActionView> seen = new HashSet<>(then.disciplinaryActions());
    for (LicenseView.ActionView action : now.disciplinaryActions()) {
      if (!seen.contains(action)) {
        changes.add(
            (action.kind() == ActionKind.COMPLAINT
                    ? "a new complaint on record"
                    : "a new disciplinary action")
                + (action.action() == null ? "" : " (" + action.action() + ")")
                + (action.date() == null ? "" : " dated " + Phrases.date(action.date())));
      }
    }
    LocalDate expiry = now.expiresOn();
    if (expiry != null && !expiry.isBefore(checkedOn) && expiry.isBefore(today)) {
      changes.add("expired on " + Phrases.date(expiry));
    }
    return new LicenseNow(
        then.jurisdiction(),
        then.licenseNumber(),
        then.status(),
        now.status(),
        now.published(),
        List.copyOf(changes));
  }

  /** The day the license's field last changed after the check, from its history. */
  private static Optional<LocalDate> since(
      LicenseView license, String field, Instant checkedAt, ZoneId zone) {
    return license.history().stream()
        .filter(entry -> field.equals(entry.field()) && entry.at().isAfter(checkedAt))
        .map(entry -> LocalDate.ofInstant(entry.at(), zone))
        .reduce((first, later) -> later.isAfter(first) ? later : first);
  }

  /** The shortest freshness window of the licensing boards the check consulted. */
  private static Optional<Duration> freshnessWindow(Verification check) {
    return check.sources().stream()
        .filter(source -> source.kind() == SourceKind.LICENSING_BOARD && source.maxAge() != null)
        .map(source -> Duration.parse(source.maxAge()))
        .min(Duration::compareTo);
  }

  private static String summary(
      Verification check,
      LocalDate checkedOn,
      List<LicenseNow> states,
      boolean outdated,
      Optional<Duration> window) {
    String issued = "Checked on " + Phrases.date(checkedOn) + ": " + verdict(check) + ".";
    List<String> changes = new ArrayList<>();
    for (LicenseNow state : states) {
      if (!state.changes().isEmpty()) {
        changes.add(
            (states.size() > 1 ? "license " + state.licenseNumber() + " " : "")
                + String.join(", ", state.changes()));
      }
    }
    if (!changes.isEmpty()) {
      return issued
          + " Since then the board's record changed: "
          + String.join("; ", changes)
          + ". Check again.";
    }
    if (outdated) {
      return issued
          + " That is longer ago than the board's records are kept fresh here ("
          + Phrases.duration(window.orElseThrow())
          + "), so a change since may not show. Check again for today's answer.";
    }
    return null;
  }

  private static String verdict(Verification check) {
    return switch (check.verdict()) {
      case VERIFIED -> "Verified";
      case CAUTION -> "Caution";
      case NOT_VERIFIED -> "Not verified";
    };
  }

  private static String word(LicenseStatus status) {
    return status == LicenseStatus.ACTIVE
        ? "active again"
        : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
