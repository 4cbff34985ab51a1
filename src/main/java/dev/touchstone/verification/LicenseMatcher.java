package dev.touchstone.verification;

import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.registry.NpiLicenses;
import dev.touchstone.search.NameMatch;
import dev.touchstone.search.NameQuery;
import dev.touchstone.search.PersonHit;
import dev.touchstone.search.PractitionerFinder;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the license a verification is about: exactly by number (or by the numbers an NPI declares),
 * otherwise by name in the state, and says what it found in reasons.
 */
@Singleton
class LicenseMatcher {
  static final int MAX_SHOWN = 5;
  private final LicenseQueries licenses;
  private final PractitionerFinder finder;
  private final NpiLicenses npiLicenses;
  private final Jurisdictions jurisdictions;
  private final NumberMatcher numbers;

  LicenseMatcher(
      LicenseQueries licenses,
      PractitionerFinder finder,
      NpiLicenses npiLicenses,
      Jurisdictions jurisdictions,
      NumberMatcher numbers) {
    this.jurisdictions = jurisdictions;
    this.numbers = numbers;
    this.licenses = licenses;
    this.finder = finder;
    this.npiLicenses = npiLicenses;
  }

  /** {@code name} is the request's name, parsed. */
  LicenseMatch match(
      VerificationRequest request,
      NameQuery name,
      Jurisdiction state,
      Checklist.Board board,
      LocalDate today) {
    if (request.licenseNumber() != null) {
      return numbers.match(request.licenseNumber(), request.name(), name, state, board, today);
    }
    if (request.npi() != null) {
      List<String> declared = npiLicenses.declared(request.npi(), state.code());
      if (!declared.isEmpty()) {
        return numbers.match(declared.get(0), request.name(), name, state, board, today);
      }
    }
    if (name.oneWord()) {
      return LicenseMatch.none(
          List.of(Reason.of(ReasonCode.NAME_INCOMPLETE, oneName(request.name()))));
    }
    return byName(request.name(), name, state, board, today);
  }

  /** What to ask for when all a patient has is a first name, as at a spa's front desk. */
  static String oneName(String asked) {
    return "“"
        + asked
        + "” alone cannot tell one licensed therapist from another, so we did not look it up. "
        + "Ask for the therapist's full name as it is on their license, and the license number; "
        + "a licensed therapist can give both (many states require the license to be shown where "
        + "they work). Then check again. If they cannot give them, do not book.";
  }

  private LicenseMatch byName(
      String asked, NameQuery name, Jurisdiction state, Checklist.Board board, LocalDate today) {
    PractitionerFinder.Results people =
        finder.find(
            name,
            new PractitionerFinder.Criteria(state.code(), null, LicenseType.MASSAGE_THERAPIST));
    Closest closest = closest(people);
    List<PersonHit> chosen = closest.shown();
    if (chosen.isEmpty()) {
      return elsewhere(asked, name, state, board);
    }
    if (closest.count() > 1) {
      List<LicenseView> shown = chosen.stream().map(p -> best(p, state.code())).toList();
      return new LicenseMatch(
          shown,
          null,
          List.of(
              Reason.of(
                  ReasonCode.SEVERAL_MATCHES,
                  closest.count()
                      + " people licensed in "
                      + state.name()
                      + " match the name "
                      + asked
                      + ": "
                      + Phrases.and(
                          shown.stream()
                              .map(
                                  l ->
                                      l.name().full()
                                          + " ("
                                          + l.licenseNumber()
                                          + ", "
                                          + l.status().name().toLowerCase(Locale.ROOT)
                                          + ")")
                              .toList())
                      + (closest.count() > shown.size()
                          ? " and " + (closest.count() - shown.size()) + " more"
                          : "")
                      + ". Ask for the license number, so the check is about the right person.")));
    }
    PersonHit person = chosen.get(0);
    LicenseView license = best(person, state.code());
    List<Reason> reasons = new ArrayList<>();
    if (!person.match().exact()) {
      reasons.add(partial(asked, license, person.match()));
    }
    reasons.addAll(LicenseRules.reasons(license, state.name(), today));
    return new LicenseMatch(List.of(license), license, reasons);
  }

  private LicenseMatch elsewhere(
      String asked, NameQuery name, Jurisdiction state, Checklist.Board board) {
    PractitionerFinder.Results anywhere =
        finder.find(
            name, new PractitionerFinder.Criteria(null, null, LicenseType.MASSAGE_THERAPIST));
    List<PersonHit> others = new ArrayList<>();
    for (int i = 0;
        i < anywhere.total() && others.size() < MAX_SHOWN && anywhere.match(i).exact();
        i++) {
      others.add(anywhere.person(i));
    }
    if (others.isEmpty() && board.activeOnly()) {
      return LicenseMatch.none(List.of(ActiveList.nameNotOnIt(asked, state, board)));
    }
    if (others.isEmpty()) {
      return LicenseMatch.none(
          List.of(
              Reason.of(
                  ReasonCode.LICENSE_NOT_FOUND,
                  "We found no massage therapist license under the name "
                      + asked
                      + " in "
                      + state.name()
                      + ". Ask for the license number and the exact name on the license, and check again; "
                      + "if they cannot give them, do not book.")));
    }
    List<LicenseView> found = others.stream().map(p -> best(p, null)).toList();
    Set<String> where = new LinkedHashSet<>();
    found.forEach(
        l ->
            where.add(
                jurisdictions
                    .find(l.jurisdiction())
                    .map(Jurisdiction::name)
                    .orElse(l.jurisdiction())));
    return new LicenseMatch(
        found,
        null,
        List.of(
            Reason.of(
                ReasonCode.LICENSED_ELSEWHERE_ONLY,
                "We found a massage license under the name "
                    + asked
                    + " in "
                    + Phrases.and(new ArrayList<>(where))
                    + ", but none in "
                    + state.name()
                    + ". A license from another state "
                    + "does not allow someone to practice massage in "
                    + state.name()
                    + ".")));
  }

  /**
   * The people whose name matches exactly, or when none does, those who match closely enough; at
   * most {@code MAX_SHOWN + 1} of them, since more only tells that there are several.
   */
  static Closest closest(PractitionerFinder.Results people) {
    boolean anyExact = people.total() > 0 && people.match(0).exact();
    List<PersonHit> shown = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < people.total(); i++) {
      NameMatch match = people.match(i);
      if (anyExact ? match.exact() : match.score() >= 0.7) {
        count++;
        if (shown.size() < MAX_SHOWN) {
          shown.add(people.person(i));
        }
      }
    }
    return new Closest(shown, count);
  }

  record Closest(List<PersonHit> shown, int count) {}

  /**
   * The person's license that counts: in the state when asked, listed before unlisted, active
   * first, latest expiry.
   */
  private LicenseView best(PersonHit person, String state) {
    List<LicenseView> views =
        licenses.byIds(person.licenseIds()).stream()
            .filter(
                l ->
                    l.licenseType() == LicenseType.MASSAGE_THERAPIST
                        && (state == null || l.jurisdiction().equals(state)))
            .sorted(
                Comparator.comparing((LicenseView l) -> !l.published())
                    .thenComparing(l -> rank(l.status()))
                    .thenComparing(
                        LicenseView::expiresOn, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    return views.isEmpty() ? licenses.byIds(List.of(person.bestLicenseId())).get(0) : views.get(0);
  }

  private static int rank(LicenseStatus status) {
    return switch (status) {
      case ACTIVE -> 0;
      case RESTRICTED -> 1;
      default -> 2;
    };
  }

  static Reason partial(String asked, LicenseView license, NameMatch match) {
    return Reason.of(
        ReasonCode.NAME_PARTIAL_MATCH,
        "The name "
            + asked
            + " matches license "
            + license.licenseNumber()
            + " only in part: "
            + Phrases.and(match.differences())
            + ". Make sure the name on their photo ID is "
            + license.name().full()
            + ".");
  }

  static String describe(LicenseType type) {
    return switch (type) {
      case MASSAGE_ESTABLISHMENT -> "a massage establishment (business) license";
      case MASSAGE_INSTRUCTOR -> "a massage instructor license";
      case MASSAGE_SCHOOL -> "a massage school license";
      case STUDENT_PERMIT ->
          "a student permit: it lets a student practice under supervision as part of training only";
      default -> "a different kind of license";
    };
  }
}
