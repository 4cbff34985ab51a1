package dev.touchstone.verification;

import dev.touchstone.registry.LicenseView;
import java.util.List;

/**
 * The licenses a verification found for the person asked about. {@code person} is the one license
 * whose holder the check is about, or null when none or several people match.
 */
record LicenseMatch(List<LicenseView> licenses, LicenseView person, List<Reason> reasons) {
  static LicenseMatch none(List<Reason> reasons) {
    return new LicenseMatch(List.of(), null, reasons);
  }
}
