package dev.touchstone.clinic;

import dev.touchstone.registry.LicenseStatus;

/**
 * How soon a clinic should act on an alert: URGENT (the person may not be fit to work today),
 * WARNING (look at it this week), INFO (good to know). Said from what the alert recorded, so an
 * alert keeps its severity however the license changes later.
 */
enum AlertSeverity {
  URGENT,
  WARNING,
  INFO;

  static AlertSeverity of(AlertKind kind, String to) {
    return switch (kind) {
      case NOT_IN_GOOD_STANDING, EXCLUSION_CONFIRMED, NO_LONGER_PUBLISHED, NAME_MISMATCH -> URGENT;
      case DISCIPLINE_ADDED, COMPLAINT_ADDED, EXPIRES_SOON, EXCLUSION_POSSIBLE -> WARNING;
      case PUBLISHED_AGAIN -> INFO;
      case STATUS_CHANGED, LICENSE_FOUND -> byStatus(to);
    };
  }

  private static AlertSeverity byStatus(String status) {
    LicenseStatus now;
    try {
      now = LicenseStatus.valueOf(status);
    } catch (IllegalArgumentException | NullPointerException e) {
      return WARNING;
    }
    return switch (now) {
      case ACTIVE -> INFO;
      case RESTRICTED, PENDING, UNKNOWN -> WARNING;
      default -> URGENT;
    };
  }
}
