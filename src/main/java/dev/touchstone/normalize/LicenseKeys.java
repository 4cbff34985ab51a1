package dev.touchstone.normalize;

import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lookup key of a license number in a jurisdiction, under the {@code license.lookup-key}
 * rule of that jurisdiction's source: what a sync stores and what every lookup (by number,
 * watchlist, batch, an NPI's declared license) computes from what people type.
 */
@Singleton
public class LicenseKeys {
  private final Map<String, Pattern> rules = new HashMap<>();

  public LicenseKeys(SourceDefinitions sources) {
    for (SourceDefinition source : sources.all()) {
      Pattern rule = source.license() == null ? null : source.license().lookupKeyPattern();
      if (rule == null) {
        continue;
      }
      Pattern clash = rules.put(source.jurisdiction(), rule);
      if (clash != null && !clash.pattern().equals(rule.pattern())) {
        throw new IllegalStateException("sources of " + source.jurisdiction() + " declare different license.lookup-key rules ('"
            + clash.pattern() + "' and '" + rule.pattern() + "'): a number must have one lookup key in its jurisdiction");
      }
    }
  }

  public String lookupKey(String jurisdiction, String number) {
    return LicenseNumbers.lookupKey(number, rule(jurisdiction));
  }

  /** The jurisdiction's rule, or null when its numbers are looked up as keyed. */
  public Pattern rule(String jurisdiction) {
    return jurisdiction == null ? null : rules.get(jurisdiction.toUpperCase(Locale.ROOT));
  }
}
