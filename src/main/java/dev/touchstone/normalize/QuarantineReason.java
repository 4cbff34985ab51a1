package dev.touchstone.normalize;

import java.util.Locale;

/** Why a row was set aside; the API shows the lower-case code. */
public enum QuarantineReason {
  INVALID_DATE,
  DATE_FORMAT,
  FIELD_COUNT,
  MISSING_KEY_FIELD,
  MISSING_NAME,
  UNREADABLE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
