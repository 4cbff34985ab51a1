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
  UNKNOWN;

  /** The status and what it means for practice, in a few plain words. */
  public String inWords() {
    return switch (this) {
      case ACTIVE -> "active: may practice";
      case RESTRICTED -> "active with restrictions: may practice only under the board's conditions";
      case INACTIVE -> "inactive: may not practice until the board reactivates it";
      case EXPIRED -> "expired: may not practice until it is renewed";
      case SUSPENDED -> "suspended: the board has stopped this person from practicing for now";
      case REVOKED -> "revoked: the board has taken the license away";
      case SURRENDERED -> "surrendered: the person gave the license up and may not practice on it";
      case DENIED -> "denied: the board refused the license";
      case PENDING -> "pending: applied for, not granted yet";
      case DECEASED -> "deceased";
      case UNKNOWN -> "unclear: the board's word for it is not one Touchstone knows; ask the board";
    };
  }

  /** Whether the license allows practice (with or without conditions). */
  public boolean inGoodStanding() {
    return this == ACTIVE || this == RESTRICTED;
  }
}
