package dev.touchstone.source;

import dev.touchstone.registry.LicenseType;
import java.util.List;
import java.util.Optional;

/**
 * Which rows are massage credentials, and of which kind. A row that no rule matches, or whose first
 * matching rule is a filter, is not a massage license and is filtered.
 */
public record TypeMapping(String field, List<TypeRule> rules) {

  public TypeMapping {
    if (field == null) {
      throw new IllegalArgumentException("license.type.field is required");
    }
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("license.type.rules must list at least one rule");
    }
    rules = List.copyOf(rules);
  }

  public Optional<LicenseType> classify(String value) {
    return rules.stream()
        .filter(rule -> rule.matches(value))
        .findFirst()
        .filter(rule -> !rule.filter())
        .map(TypeRule::type);
  }
}
