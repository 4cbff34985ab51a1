package dev.touchstone.registry;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lookup key of a license number in a jurisdiction, under the {@code license.lookup-key} rule
 * of that jurisdiction's source: what a sync stores and what every lookup (by number, watchlist,
 * batch, an NPI's declared license) computes from what people type.
 */
@Singleton
public class LicenseKeys {
  private final Map<String, Pattern> rules;

  public LicenseKeys(SourceCatalog sources) {
    this.rules = sources.lookupKeyRules();
  }

  public String lookupKey(String jurisdiction, String number) {
    return LicenseNumbers.lookupKey(number, rule(jurisdiction));
  }

  /** The jurisdiction's rule, or null when its numbers are looked up as keyed. */
  public Pattern rule(String jurisdiction) {
    return jurisdiction == null ? null : rules.get(jurisdiction.toUpperCase(Locale.ROOT));
  }
}
