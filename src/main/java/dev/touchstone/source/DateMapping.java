package dev.touchstone.source;

import java.util.List;

/**
 * The license's date columns. {@code validate} names further date columns that are not stored but
 * whose impossible values still quarantine the row.
 */
public record DateMapping(String issuedOn, String expiresOn, List<String> validate) {
  public DateMapping {
    validate = validate == null ? List.of() : List.copyOf(validate);
  }
}
