package dev.touchstone.verification;

import dev.touchstone.registry.LicenseKeys;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.registry.NumberMatches;
import dev.touchstone.search.EditDistance;
import dev.touchstone.search.NameMatch;
import dev.touchstone.search.NameMatcher;
import dev.touchstone.search.NameQuery;
import dev.touchstone.search.PersonHit;
import dev.touchstone.search.PractitionerFinder;
import dev.touchstone.search.StoredName;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A verification by license number, typed as people type it: the board's full number said when it
 * was completed, several licenses the digits can be named instead of one chosen, and a number one
 * typo from the named person's offered as a suggestion, never substituted.
 */
@Singleton
class NumberMatcher {
  private final LicenseQueries licenses;
  private final PractitionerFinder finder;
  private final NameMatcher names;
  private final LicenseKeys keys;
  private final Namesakes namesakes;

  NumberMatcher(
      LicenseQueries licenses,
      PractitionerFinder finder,
      NameMatcher names,
      LicenseKeys keys,
      Namesakes namesakes) {
    this.namesakes = namesakes;
    this.licenses = licenses;
    this.finder = finder;
    this.names = names;
    this.keys = keys;
  }

  LicenseMatch match(
      String number,
      String asked,
      NameQuery name,
      Jurisdiction state,
      Checklist.Board board,
      LocalDate today) {
    NumberMatches found = licenses.match(state.code(), number);
    List<LicenseView> therapists =
        found.licenses().stream()
            .filter(l -> l.licenseType() == LicenseType.MASSAGE_THERAPIST)
            .toList();
    if (therapists.isEmpty()) {
      return notFound(number, asked, name, state, board, found.licenses());
    }
    // The name may tell which of several licenses is meant; it never makes a choice silently.
    List<LicenseView> named =
        therapists.stream().filter(l -> nameMatch(name, l).matches()).toList();
    if (named.isEmpty()) {
      return new LicenseMatch(
          therapists,
          null,
          List.of(
              Reason.of(
                  ReasonCode.NAME_MISMATCH,
                  (therapists.size() == 1
                          ? "License "
                              + therapists.get(0).licenseNumber()
                              + " belongs to "
                              + therapists.get(0).name().full()
                          : "The number "
                              + number
                              + " is the license of "
                              + Phrases.and(
                                  therapists.stream()
                                      .map(l -> l.name().full() + " (" + l.licenseNumber() + ")")
                                      .toList()))
                      + ", not "
                      + (therapists.size() == 1 ? "to " : "of ")
                      + asked
                      + ". Someone using another person's license number is not licensed; do not book.")));
    }
    if (named.size() > 1) {
      return ambiguous(number, state, therapists);
    }
    LicenseView license = named.get(0);
    NameMatch match = nameMatch(name, license);
    List<Reason> reasons = new ArrayList<>();
    if (!found.asTyped()) {
      reasons.add(completed(number, license, found.licenses()));
    }
    if (!match.exact()) {
      reasons.add(LicenseMatcher.partial(asked, license, match));
    }
    reasons.addAll(LicenseRules.reasons(license, state.name(), today));
    namesakes.withProblems(name, license, state).ifPresent(reasons::add);
    return new LicenseMatch(List.of(license), license, reasons);
  }

  /**
   * No massage therapist license has the number. When the named person holds one a single typo
   * away, that is a suggestion to check the number, not a finding against them.
   */
  private LicenseMatch notFound(
      String number,
      String asked,
      NameQuery name,
      Jurisdiction state,
      Checklist.Board board,
      List<LicenseView> otherKinds) {
    String boardName = board.name();
    List<LicenseView> nearby = oneTypoAway(number, name, state);
    if (!nearby.isEmpty()) {
      return new LicenseMatch(
          nearby,
          null,
          List.of(
              Reason.of(
                  ReasonCode.NUMBER_DID_YOU_MEAN,
                  "No massage therapist license numbered "
                      + number
                      + " is in the data of "
                      + boardName
                      + ", but "
                      + Phrases.and(
                          nearby.stream()
                              .map(l -> l.name().full() + " holds " + l.licenseNumber())
                              .toList())
                      + ", one character different. Check the number on the license, and check again with the number it shows.")));
    }
    String kind =
        otherKinds.size() == 1
            ? " "
                + otherKinds.get(0).licenseNumber()
                + " is "
                + LicenseMatcher.describe(otherKinds.get(0).licenseType())
                + ", not a massage therapist's license."
            : "";
    if (board.activeOnly()) {
      return LicenseMatch.none(List.of(ActiveList.numberNotOnIt(number, kind, board)));
    }
    return LicenseMatch.none(
        List.of(
            Reason.of(
                ReasonCode.LICENSE_NOT_FOUND,
                "No massage therapist license numbered "
                    + number
                    + " is in the data of "
                    + boardName
                    + "."
                    + kind
                    + " Check the number on the license; a number the board does not know is a reason not to book.")));
  }

  /** The named person's massage therapist licenses in the state whose number is one typo away. */
  private List<LicenseView> oneTypoAway(String number, NameQuery name, Jurisdiction state) {
    String typed = keys.lookupKey(state.code(), number);
    List<Long> ids = new ArrayList<>();
    for (PersonHit person :
        LicenseMatcher.closest(
                finder.find(
                    name,
                    new PractitionerFinder.Criteria(
                        state.code(), null, LicenseType.MASSAGE_THERAPIST)))
            .shown()) {
      ids.addAll(person.licenseIds());
    }
    return licenses.byIds(ids).stream()
        .filter(
            l ->
                l.licenseType() == LicenseType.MASSAGE_THERAPIST
                    && l.jurisdiction().equals(state.code())
                    && EditDistance.within(
                            typed, keys.lookupKey(state.code(), l.licenseNumber()), 1)
                        == 1)
        .limit(LicenseMatcher.MAX_SHOWN)
        .toList();
  }

  private LicenseMatch ambiguous(String number, Jurisdiction state, List<LicenseView> therapists) {
    return new LicenseMatch(
        therapists,
        null,
        List.of(
            Reason.of(
                ReasonCode.NUMBER_AMBIGUOUS,
                "The number "
                    + number
                    + " can be "
                    + therapists.size()
                    + " massage therapist licenses in "
                    + state.name()
                    + ": "
                    + Phrases.and(
                        therapists.stream()
                            .map(l -> l.licenseNumber() + " (" + l.name().full() + ")")
                            .toList())
                    + ". Check again with the full number as the license shows it.")));
  }

  private static Reason completed(String number, LicenseView license, List<LicenseView> all) {
    List<String> others =
        all.stream()
            .filter(l -> l != license)
            .map(l -> l.licenseNumber() + ", " + LicenseMatcher.describe(l.licenseType()))
            .toList();
    return Reason.of(
        ReasonCode.NUMBER_COMPLETED,
        "You gave "
            + number
            + "; the board's number is "
            + license.licenseNumber()
            + (others.isEmpty() ? "" : " (" + number + " is also " + Phrases.and(others) + ")")
            + ".");
  }

  private NameMatch nameMatch(NameQuery name, LicenseView license) {
    return names.match(
        name,
        StoredName.of(license.name().first(), license.name().middle(), license.name().last()));
  }
}
