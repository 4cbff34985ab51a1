package dev.touchstone.registry;

/** One status vocabulary for every board; see API.md for what each word covers. */
public enum LicenseStatus {
  ACTIVE,
  RESTRICTED,
  INACTIVE,
  EXPIRED,
  SUSPENDED,
  REVOKED,
  SURRENDERED,
  DENIED,
  PENDING,
  DECEASED,
  UNKNOWN
}
