package dev.touchstone.clinic;

import dev.touchstone.registry.LicenseChanges;
import dev.touchstone.registry.PersonName;
import dev.touchstone.registry.PersonNames;
import dev.touchstone.search.NameMatcher;
import dev.touchstone.search.NameQuery;
import dev.touchstone.search.StoredName;
import jakarta.inject.Singleton;

/**
 * Whether a watched license bears the name the clinic expects, by the same rules a search uses
 * (nicknames, a missing middle name, accents): "Maggie Ostrowski" fits Marguerite E Ostrowski.
 */
@Singleton
public class ExpectedNames {
  private final NameMatcher names;

  ExpectedNames(NameMatcher names) {
    this.names = names;
  }

  /** Whether the license's name fits the expected one; true when nothing is expected. */
  public boolean fits(String expected, PersonName.Parts onLicense) {
    if (expected == null) {
      return true;
    }
    NameQuery asked = NameQuery.parse(expected);
    if (asked.isEmpty() || onLicense.last() == null) {
      // Nothing to compare by (an organization, a name the board's text did not split): say
      // nothing rather than raise a false alarm.
      return true;
    }
    return names
        .match(asked, StoredName.of(onLicense.first(), onLicense.middle(), onLicense.last()))
        .matches();
  }

  /** The license's name as pages show it. */
  static String display(LicenseChanges.Current license) {
    PersonName.Parts parts = license.parts();
    return PersonNames.display(
        license.name(), parts.first(), parts.middle(), parts.last(), null, false);
  }

  /** What is wrong, for notes and alerts. */
  public static String mismatch(String expected, String onLicense) {
    return "issued to " + onLicense + ", not " + expected + " as the watch expects";
  }
}
