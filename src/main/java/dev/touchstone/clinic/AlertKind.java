package dev.touchstone.clinic;

/** What changed on a watched license. */
enum AlertKind {
  STATUS_CHANGED,
  DISCIPLINE_ADDED,
  COMPLAINT_ADDED,
  EXPIRES_SOON,
  NO_LONGER_PUBLISHED,
  PUBLISHED_AGAIN,
  LICENSE_FOUND,
  EXCLUSION_POSSIBLE,
  EXCLUSION_CONFIRMED,
  /** Added to the watchlist while suspended, revoked, expired or no longer listed. */
  NOT_IN_GOOD_STANDING,
  /** The watched license bears another name than the one the watch expects. */
  NAME_MISMATCH
}
