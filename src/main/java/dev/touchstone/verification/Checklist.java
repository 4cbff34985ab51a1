package dev.touchstone.verification;

import dev.touchstone.registry.LicenseView;
import java.util.ArrayList;
import java.util.List;

/** What to check in person, specific to the result (the aftercare advice is {@link Aftercare}). */
final class Checklist {
  static final String NO_NATIONAL_LICENSE =
      "There is no national massage license. A national certification (such as NCBTMB "
          + "Board Certification) shows training, but it is not a license and does not allow practice in any state.";

  private Checklist() {}

  /** The board people can contact, and its own lookup page. */
  /**
   * @param activeOnly every source read for the state lists active licenses only
   */
  record Board(String name, String lookupUrl, boolean activeOnly) {
    String contact() {
      return name + (lookupUrl == null ? "" : " (" + lookupUrl + ")");
    }
  }

  /**
   * What to check in person. A check that is not verified leads with "do not book" and asks for
   * nothing that would suggest a matching card makes it fine.
   */
  static List<String> build(
      Verdict verdict, Jurisdiction state, LicenseView license, Board board, boolean excluded) {
    List<String> items = new ArrayList<>();
    String contact = board == null ? "the " + state.name() + " massage board" : board.contact();
    if (verdict == Verdict.NOT_VERIFIED && state.licenses()) {
      items.add(
          "Do not book: we could not confirm a current license to practice massage in "
              + state.name()
              + " for this person.");
      if (license != null) {
        items.add(
            "A license card or certificate does not change this: the board's record for "
                + license.licenseNumber()
                + " is what counts.");
      }
      items.add(
          "If you believe the board's record is wrong, the therapist can take it up with "
              + contact
              + "; until the record shows a current license, choose another therapist.");
    } else if (!state.licenses()) {
      // What there is instead of a license is the reasons' to say (STATE_DOES_NOT_LICENSE); these
      // are the steps, so a page that shows both says each thing once.
      items.add(askInstead(state));
      items.add(NO_NATIONAL_LICENSE);
    } else if (license != null) {
      items.add(
          "Ask to see the license. It should read number "
              + license.licenseNumber()
              + " and the name "
              + license.name().full()
              + ", issued in "
              + state.name()
              + ".");
      items.add("Ask for a photo ID: the name on it should be " + license.name().full() + ".");
      items.add(
          "If the number or the name differs, or they cannot show the license, do not book: contact "
              + contact
              + " before you go ahead.");
    } else {
      items.add(
          "Ask for the massage license number and the name it is issued under, and check them with "
              + contact
              + ".");
      items.add("Ask for a photo ID and compare the name with the license.");
    }
    if (excluded) {
      items.add(
          "A federal exclusion list names this person: they may not be paid by Medicare or Medicaid. Choose someone else "
              + "unless the exclusion is shown to be someone else.");
    }
    if (verdict == Verdict.CAUTION) {
      items.add(
          "Settle the points above before the massage starts; if you cannot, choose another therapist.");
    }
    return items;
  }

  /** Where the state issues no license: what to ask the therapist for, by what the state has. */
  private static String askInstead(Jurisdiction state) {
    String where = state.lookupUrl() == null ? "" : " at " + state.lookupUrl();
    return switch (state.regime()) {
      case REGISTRATION ->
          "Ask for their "
              + state.name()
              + " registration and the name it is under, and check it with "
              + (state.board() == null ? "the state" : state.board())
              + where
              + ".";
      case VOLUNTARY_CERTIFICATION ->
          "Ask to see their "
              + (state.board() == null ? "" : state.board() + " ")
              + "certificate: the name and photo on it should be the therapist's. Check it"
              + (where.isEmpty() ? " with the body that issued it" : where)
              + ".";
      default ->
          "Ask where they trained and for how many hours, and to see any national certification "
              + "or local permit they hold.";
    };
  }
}
