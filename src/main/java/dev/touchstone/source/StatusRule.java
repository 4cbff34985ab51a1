package dev.touchstone.source;

import dev.touchstone.registry.LicenseStatus;
import java.util.Map;
import java.util.function.Function;

/**
 * When every column in {@code when} fully matches its pattern (case-insensitive; an empty value
 * is matched as ""), the status is {@code status}.
 */
public record StatusRule(Map<String, String> when, LicenseStatus status) {

  public StatusRule {
    if (when == null || when.isEmpty() || status == null) {
      throw new IllegalArgumentException("license.status.rules entries need 'when' (column: pattern) and 'status'");
    }
    when.forEach((column, regex) -> Patterns.compile("license.status.rules.when." + column, regex));
    when = Map.copyOf(when);
  }

  public boolean matches(Function<String, String> valueOf) {
    return when.entrySet().stream().allMatch(entry -> {
      String value = valueOf.apply(entry.getKey());
      return Patterns.compile("", entry.getValue()).matcher(value == null ? "" : value).matches();
    });
  }
}
