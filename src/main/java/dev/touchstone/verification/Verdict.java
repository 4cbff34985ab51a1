package dev.touchstone.verification;

import java.util.List;

/** NOT_VERIFIED if any reason fails, CAUTION if any warns, otherwise VERIFIED. */
public enum Verdict {
  VERIFIED,
  CAUTION,
  NOT_VERIFIED;

  public static Verdict of(List<Reason> reasons) {
    if (reasons.stream().anyMatch(r -> r.severity() == Severity.FAIL)) {
      return NOT_VERIFIED;
    }
    return reasons.stream().anyMatch(r -> r.severity() == Severity.WARN) ? CAUTION : VERIFIED;
  }
}
