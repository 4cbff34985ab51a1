package dev.touchstone.verification;

import dev.touchstone.registry.LicenseView;
import java.util.ArrayList;
import java.util.List;

/**
 * What to check in person, specific to the result, and the aftercare advice that always applies.
 */
final class Checklist {
  static final String NO_NATIONAL_LICENSE =
      "There is no national massage license. A national certification (such as NCBTMB "
          + "Board Certification) shows training, but it is not a license and does not allow practice in any state.";
  static final String AFTERCARE =
      "After the massage: some soreness is normal and fades within a day or so. Pain that gets "
          + "worse after a massage is a reason to see a doctor.";

  private Checklist() {}

  /** The board people can contact, and its own lookup page. */
  record Board(String name, String lookupUrl) {
    String contact() {
      return name + (lookupUrl == null ? "" : " (" + lookupUrl + ")");
    }
  }

  static List<String> build(
      Verdict verdict, Jurisdiction state, LicenseView license, Board board, boolean excluded) {
    List<String> items = new ArrayList<>();
    if (!state.licenses()) {
      items.add(state.whatToCheck());
      if (state.lookupUrl() != null) {
        items.add(
            "Check the credential with "
                + (state.board() == null ? "the issuing body" : state.board())
                + " at "
                + state.lookupUrl()
                + ".");
      }
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
              + (board == null ? "the " + state.name() + " board" : board.contact())
              + " before you go ahead.");
    } else {
      items.add(
          "Ask for the massage license number and the name it is issued under, and check them with "
              + (board == null ? "the " + state.name() + " massage therapy board" : board.contact())
              + ".");
      items.add("Ask for a photo ID and compare the name with the license.");
    }
    if (excluded) {
      items.add(
          "A federal exclusion list names this person: they may not be paid by Medicare or Medicaid. Choose someone else "
              + "unless the exclusion is shown to be someone else.");
    }
    if (verdict == Verdict.NOT_VERIFIED) {
      items.add(
          "Walk away if you cannot confirm a current license in "
              + state.name()
              + ": choose another therapist.");
    } else if (verdict == Verdict.CAUTION) {
      items.add(
          "Settle the points above before the massage starts; if you cannot, choose another therapist.");
    }
    items.add(
        "Tell the therapist about any back or neck problem or injury before they start; untrained hands can make it worse.");
    items.add(AFTERCARE);
    return items;
  }
}
