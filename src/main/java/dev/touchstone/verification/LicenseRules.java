package dev.touchstone.verification;

import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one matched license says about the therapist: its status, expiry, listing and discipline.
 */
final class LicenseRules {
  static final int EXPIRING_SOON_DAYS = 60;

  private LicenseRules() {}

  static List<Reason> reasons(LicenseView license, String stateName, LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    String it = "Massage therapist license " + license.licenseNumber();
    String words =
        license.sourceStatus() == null
            ? ""
            : " (the board's words: \"" + license.sourceStatus() + "\")";
    LocalDate expires = license.expiresOn();
    boolean expiredByDate = expires != null && expires.isBefore(today);
    switch (license.status()) {
      case ACTIVE, RESTRICTED -> {
        if (expiredByDate) {
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_EXPIRED,
                  it
                      + " expired on "
                      + Phrases.date(expires)
                      + ". The board still lists it as active, but a license past its expiry date is not valid until it is renewed."));
        } else if (license.status() == LicenseStatus.RESTRICTED) {
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_RESTRICTED,
                  it
                      + " is active in "
                      + stateName
                      + ", but restricted: the board has put it on probation or set conditions"
                      + words
                      + ". Ask the therapist what the conditions are, and read the board's record before booking."));
        } else {
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_ACTIVE,
                  it
                      + " is active in "
                      + stateName
                      + (expires == null
                          ? "; the board gives no expiry date."
                          : " until " + Phrases.date(expires) + ".")));
        }
        if (!expiredByDate
            && expires != null
            && !expires.isAfter(today.plusDays(EXPIRING_SOON_DAYS))) {
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_EXPIRING_SOON,
                  "The license expires soon, on "
                      + Phrases.date(expires)
                      + "; a booking after that date needs a renewed license."));
        }
      }
      case EXPIRED ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_EXPIRED,
                  it
                      + (expires == null ? " has expired" : " expired on " + Phrases.date(expires))
                      + words
                      + ". Someone whose license has expired may not practice massage in "
                      + stateName
                      + "."));
      case SUSPENDED ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_SUSPENDED,
                  it
                      + " is suspended"
                      + words
                      + ". The board has stopped this person from practicing massage for now."));
      case REVOKED ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_REVOKED,
                  it
                      + " was revoked by the board"
                      + words
                      + ". This person may not practice massage in "
                      + stateName
                      + "."));
      case SURRENDERED ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_REVOKED,
                  it
                      + " was surrendered"
                      + words
                      + ". This person may not practice massage in "
                      + stateName
                      + "."));
      case PENDING ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_INACTIVE,
                  it
                      + " is an application still pending"
                      + words
                      + ": this person is not licensed yet."));
      case DENIED ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_INACTIVE,
                  "The application for "
                      + license.licenseNumber()
                      + " was denied"
                      + words
                      + ": this person is not licensed."));
      case DECEASED ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_INACTIVE,
                  "The board records the holder of "
                      + license.licenseNumber()
                      + " as deceased. Someone using this license is not its holder."));
      case INACTIVE ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_INACTIVE,
                  it
                      + " is not active"
                      + words
                      + ". An inactive or retired license does not allow someone to practice massage in "
                      + stateName
                      + "."));
      case UNKNOWN ->
          reasons.add(
              Reason.of(
                  ReasonCode.LICENSE_STATUS_UNKNOWN,
                  license.flags().contains(LicenseFlag.EXPIRATION_MISSING)
                          && license.sourceStatus() == null
                      ? "The board lists license "
                          + license.licenseNumber()
                          + " without an expiration date, and its file gives a "
                          + "license's status only through that date, so we cannot tell whether the license is current. Ask the board "
                          + "whether it allows practice today before booking."
                      : "The board lists license "
                          + license.licenseNumber()
                          + " with a status we cannot interpret"
                          + words
                          + ". Ask the board whether it allows practice today before booking."));
    }
    if (!license.published() && license.source().activeOnly()) {
      reasons.add(ActiveList.noLongerOnIt(license));
    } else if (!license.published()) {
      reasons.add(
          Reason.of(
              ReasonCode.LICENSE_NO_LONGER_LISTED,
              "The board's latest list no longer includes license "
                  + license.licenseNumber()
                  + "; what is shown is how it stood when last listed. Ask the board for its current status."));
    }
    if (license.flags().contains(LicenseFlag.INCOMPLETE_RECORD)) {
      reasons.add(
          Reason.of(
              ReasonCode.RECORD_INCOMPLETE,
              "Part of the board's record of license "
                  + license.licenseNumber()
                  + " could not be read, so a disciplinary case may be missing here. Read the board's own record of it before booking."));
    }
    reasons.addAll(discipline(license));
    return reasons;
  }

  private static List<Reason> discipline(LicenseView license) {
    List<Reason> reasons = new ArrayList<>();
    List<LicenseView.ActionView> orders =
        license.disciplinaryActions().stream()
            .filter(a -> a.kind() == ActionKind.DISCIPLINE)
            .toList();
    List<LicenseView.ActionView> complaints =
        license.disciplinaryActions().stream()
            .filter(a -> a.kind() == ActionKind.COMPLAINT)
            .toList();
    if (!orders.isEmpty() || Boolean.TRUE.equals(license.disciplineOnRecord())) {
      String detail =
          orders.isEmpty()
              ? ""
              : ": " + Phrases.and(orders.stream().limit(3).map(LicenseRules::describe).toList());
      reasons.add(
          Reason.of(
              ReasonCode.DISCIPLINE_ON_RECORD,
              "The board has taken disciplinary action on license "
                  + license.licenseNumber()
                  + detail
                  + ". Read the board's record of it before booking."));
    }
    if (!complaints.isEmpty()) {
      reasons.add(
          Reason.of(
              ReasonCode.COMPLAINT_ON_RECORD,
              complaints.size() == 1
                  ? "One complaint is on file with the board ("
                      + describe(complaints.get(0))
                      + "). A complaint is an allegation, not a finding."
                  : complaints.size()
                      + " complaints are on file with the board. A complaint is an allegation, not a finding."));
    }
    return reasons;
  }

  private static String describe(LicenseView.ActionView action) {
    return action.action() + (action.date() == null ? "" : " on " + Phrases.date(action.date()));
  }
}
