package dev.touchstone.verification;

import dev.touchstone.registry.LicenseView;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What a board that publishes only its active licenses (AK, MI, LA) lets us say: a license is on
 * the list or it is not, and the list never says why one is missing. So a license that drops off is
 * "no longer on the list of active licenses as of" a date, never revoked or expired, and a name
 * that is not on it is "not on the active list", never "no such license".
 */
final class ActiveList {
  private ActiveList() {}

  static Reason nameNotOnIt(String asked, Jurisdiction state, Checklist.Board board) {
    return Reason.of(
        ReasonCode.NOT_ON_ACTIVE_LIST,
        "The name "
            + asked
            + " is not on the active list: "
            + board.name()
            + " publishes its active licenses only, and no massage therapist of that name is on"
            + " it. Without an active license no one may practice massage in "
            + state.name()
            + "; the list cannot say whether this person ever held one. Ask for the license number"
            + " and the exact name on the license, and check "
            + board.contact()
            + " before booking.");
  }

  static Reason numberNotOnIt(String number, String kind, Checklist.Board board) {
    return Reason.of(
        ReasonCode.NOT_ON_ACTIVE_LIST,
        "License number "
            + number
            + " is not on the active list: "
            + board.name()
            + " publishes its active licenses only, and no massage therapist license with that"
            + " number is on it."
            + kind
            + " Check the number on the license and look it up at "
            + board.contact()
            + "; a license that is not active does not allow practice.");
  }

  static Reason noLongerOnIt(LicenseView license) {
    LocalDate asOf = droppedOff(license);
    return Reason.of(
        ReasonCode.NO_LONGER_ON_ACTIVE_LIST,
        "License "
            + license.licenseNumber()
            + " is no longer on the board's list of active licenses as of "
            + Phrases.date(asOf)
            + ". That list holds active licenses only and does not say why one leaves it; what is"
            + " shown is how the license stood when it was last listed. Ask "
            + (license.source().lookupUrl() == null
                ? "the board"
                : "the board (" + license.source().lookupUrl() + ")")
            + " whether it allows practice today before booking.");
  }

  /** The day of the first sync that no longer listed the license. */
  private static LocalDate droppedOff(LicenseView license) {
    return license.history().stream()
        .filter(entry -> "published".equals(entry.field()) && "false".equals(entry.to()))
        .map(entry -> entry.at())
        .max(java.time.Instant::compareTo)
        .or(() -> java.util.Optional.ofNullable(license.lastChangedAt()))
        .orElse(license.lastSeenAt())
        .atZone(ZoneOffset.UTC)
        .toLocalDate();
  }
}
