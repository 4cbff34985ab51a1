package dev.touchstone.source;

import dev.touchstone.registry.LicenseStatus;
import java.util.Map;
import java.util.function.Function;

/**
 * When every column in {@code when} fully matches its pattern (case-insensitive; an empty value is
 * matched as ""), the status is {@code status}.
 */
public record StatusRule(Map<String, Regex> when, LicenseStatus status) {

  public StatusRule {
    if (when == null || when.isEmpty() || status == null) {
      throw new IllegalArgumentException(
          "license.status.rules entries need 'when' (column: pattern) and 'status'");
    }
    when = Map.copyOf(when);
  }

  public boolean matches(Function<String, String> valueOf) {
    return when.entrySet().stream()
        .allMatch(
            entry -> {
              String value = valueOf.apply(entry.getKey());
              return entry.getValue().matches(value == null ? "" : value);
            });
  }
}
