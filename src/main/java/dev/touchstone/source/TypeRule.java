package dev.touchstone.source;

import dev.touchstone.registry.LicenseType;
import java.util.regex.Pattern;

/** A row whose type column fully matches {@code match} (case-insensitive) is a {@code type}. */
public record TypeRule(String match, LicenseType type) {

  public TypeRule {
    if (match == null || type == null) {
      throw new IllegalArgumentException("license.type.rules entries need both 'match' and 'type'");
    }
    Patterns.compile("license.type.rules.match", match);
  }

  public boolean matches(String value) {
    return value != null && Patterns.compile("license.type.rules.match", match).matcher(value).matches();
  }
}
