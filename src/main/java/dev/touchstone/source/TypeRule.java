package dev.touchstone.source;

import dev.touchstone.registry.LicenseType;

/**
 * A row whose type column fully matches {@code match} (case-insensitive) is a {@code type}; with
 * {@code filter: true} it is not a license at all (an endorsement, a permit) and is filtered.
 */
public record TypeRule(Regex match, LicenseType type, Boolean filter) {

  public TypeRule {
    filter = filter != null && filter;
    if (match == null || (type == null) != filter) {
      throw new IllegalArgumentException(
          "license.type.rules entries need 'match' and either 'type' or 'filter: true'");
    }
  }

  public boolean matches(String value) {
    return match.matches(value);
  }
}
