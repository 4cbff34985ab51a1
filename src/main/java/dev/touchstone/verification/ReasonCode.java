package dev.touchstone.verification;

/** Why a verification came out as it did, each with its fixed severity (API.md, and a few more). */
public enum ReasonCode {
  LICENSE_ACTIVE(Severity.INFO),
  LICENSE_EXPIRING_SOON(Severity.INFO),
  COMPLAINT_ON_RECORD(Severity.INFO),
  EXCLUSION_REINSTATED(Severity.INFO),
  STATE_DOES_NOT_LICENSE(Severity.INFO),
  /**
   * The number was given without its prefix or type, or with other separators: the board's full
   * number is said, so the patient knows what the license shows.
   */
  NUMBER_COMPLETED(Severity.INFO),
  LICENSE_RESTRICTED(Severity.WARN),
  DISCIPLINE_ON_RECORD(Severity.WARN),
  NAME_PARTIAL_MATCH(Severity.WARN),
  SOURCE_STALE(Severity.WARN),
  POSSIBLE_EXCLUSION(Severity.WARN),
  /** Several people in the state match the name and nothing tells them apart. */
  SEVERAL_MATCHES(Severity.WARN),
  /**
   * The number as given can be several massage therapist licenses; they are listed, none chosen.
   */
  NUMBER_AMBIGUOUS(Severity.WARN),
  /**
   * No license has the number, but the named person holds one a single typo away: a suggestion,
   * never a substitution.
   */
  NUMBER_DID_YOU_MEAN(Severity.WARN),
  /**
   * Someone else of the same name in the state has a revoked, suspended, surrendered or denied
   * license: the patient should confirm the therapist holds the license checked.
   */
  NAMESAKE_ON_RECORD(Severity.WARN),
  /** Only one name was given, and no number: nothing to tell one person from another. */
  NAME_INCOMPLETE(Severity.WARN),
  /**
   * One of the board's rows for the license could not be read, so a disciplinary case may be
   * missing from what is shown: it can never verify.
   */
  RECORD_INCOMPLETE(Severity.WARN),
  /** The board's status word is one our mapping does not know: it can never verify. */
  LICENSE_STATUS_UNKNOWN(Severity.WARN),
  /**
   * The board's latest list no longer includes the license; what we show is its last known state.
   */
  LICENSE_NO_LONGER_LISTED(Severity.WARN),
  /**
   * The license is no longer on a board's list of active licenses (AK, MI, LA publish only those):
   * the list does not say why, so it is neither "revoked" nor "expired".
   */
  NO_LONGER_ON_ACTIVE_LIST(Severity.WARN),
  /**
   * Couldn't check, which is not "not found": the state's source has never been read successfully.
   */
  SOURCE_UNAVAILABLE(Severity.WARN),
  /**
   * Couldn't check: the state licenses massage therapists, but Touchstone holds no data from its
   * board.
   */
  STATE_NOT_COVERED(Severity.WARN),
  /**
   * Couldn't check: Touchstone knows the state's board but does not read its data automatically
   * (Oregon).
   */
  SOURCE_NOT_READ_AUTOMATICALLY(Severity.WARN),
  /**
   * The state registers, certifies voluntarily or does not regulate: there is no license to
   * confirm.
   */
  CREDENTIAL_NOT_CHECKED(Severity.WARN),
  LICENSED_ELSEWHERE_ONLY(Severity.FAIL),
  LICENSE_NOT_FOUND(Severity.FAIL),
  /**
   * Not on the board's list of active licenses, which is all the board publishes: no active
   * license, so no practice, though the list cannot say whether one ever existed.
   */
  NOT_ON_ACTIVE_LIST(Severity.FAIL),
  LICENSE_EXPIRED(Severity.FAIL),
  LICENSE_INACTIVE(Severity.FAIL),
  LICENSE_SUSPENDED(Severity.FAIL),
  LICENSE_REVOKED(Severity.FAIL),
  NAME_MISMATCH(Severity.FAIL),
  EXCLUDED(Severity.FAIL);

  private final Severity severity;

  ReasonCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }
}
