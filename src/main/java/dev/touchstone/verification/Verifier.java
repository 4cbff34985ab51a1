package dev.touchstone.verification;

import dev.touchstone.registry.LicenseView;
import dev.touchstone.search.NameQuery;
import dev.touchstone.source.SourceKind;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers one verification: the jurisdiction's rules, the matched license and what it says, the
 * exclusion list, the freshness of every source consulted, and the checklist. Couldn't check is
 * always said as such, never as "not found".
 */
@Singleton
public class Verifier {
  private final Jurisdictions jurisdictions;
  private final SourcesConsulted consulted;
  private final LicenseMatcher licenses;
  private final ExclusionCheck exclusions;
  private final Clock clock;
  private final Aftercare aftercare;
  private final Glossary glossary;

  Verifier(
      Jurisdictions jurisdictions,
      SourcesConsulted consulted,
      LicenseMatcher licenses,
      ExclusionCheck exclusions,
      Clock clock,
      Aftercare aftercare,
      Glossary glossary) {
    this.aftercare = aftercare;
    this.glossary = glossary;
    this.jurisdictions = jurisdictions;
    this.consulted = consulted;
    this.licenses = licenses;
    this.exclusions = exclusions;
    this.clock = clock;
  }

  /** What to ask for when a patient has a first name only; the page says it the same way. */
  public static String oneNameAdvice(String asked) {
    return LicenseMatcher.oneName(asked);
  }

  /** Verifies a request that {@link VerificationRequest#problems} found nothing wrong with. */
  public Verification verify(VerificationRequest request) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Jurisdiction state = jurisdictions.get(request.state());
    List<Verification.SourceUsed> used = consulted.forState(state.code());
    List<Verification.SourceUsed> boards =
        used.stream().filter(s -> s.kind() == SourceKind.LICENSING_BOARD).toList();
    // The board we read, or, where we read none, the one config/jurisdictions.yml names.
    Checklist.Board board =
        boards.isEmpty()
            ? (state.board() == null
                ? null
                : new Checklist.Board(state.board(), state.lookupUrl(), false))
            : new Checklist.Board(
                boards.get(0).name(),
                boards.get(0).lookupUrl() != null ? boards.get(0).lookupUrl() : state.lookupUrl(),
                boards.stream().allMatch(Verification.SourceUsed::activeOnly));
    List<Reason> reasons = new ArrayList<>();
    LicenseMatch match = LicenseMatch.none(List.of());
    NameQuery asked = NameQuery.parse(request.name());
    if (!state.licenses()) {
      reasons.add(Reason.of(ReasonCode.STATE_DOES_NOT_LICENSE, state.whatToCheck()));
      reasons.add(
          Reason.of(
              ReasonCode.CREDENTIAL_NOT_CHECKED,
              "There is no state license to confirm in "
                  + state.name()
                  + ", so Touchstone cannot verify this therapist: what to ask for instead is in the checklist."));
    } else if (boards.isEmpty()) {
      reasons.add(notRead(state, board));
    } else if (boards.stream().allMatch(b -> b.lastSyncedAt() == null)) {
      reasons.add(
          Reason.of(
              ReasonCode.SOURCE_UNAVAILABLE,
              "We have not yet been able to read the license data of "
                  + board.name()
                  + ", so we cannot say whether this person is licensed. This is not a finding against them: check with "
                  + board.contact()
                  + "."));
    } else {
      match = licenses.match(request, asked, state, board, today);
      reasons.addAll(match.reasons());
    }
    reasons.addAll(consulted.staleness(used, state));
    ExclusionCheck.Result excluded = checkExclusions(request, asked, match, state, used, reasons);
    reasons.addAll(excluded.reasons());
    Verdict verdict = Verdict.of(reasons);
    LicenseView person = match.person();
    List<String> checklist = Checklist.build(verdict, state, person, board, excluded.excluded());
    return new Verification(
        VerificationIds.next(now),
        verdict,
        summary(verdict, request, state, person, reasons),
        List.copyOf(reasons),
        match.licenses(),
        excluded.matches(),
        checklist,
        used,
        now,
        request,
        Verification.JurisdictionView.of(state),
        person == null ? null : person.practitionerId(),
        aftercare.all(),
        glossary.in(boardWords(match.licenses(), reasons, checklist)));
  }

  /** Where the boards' terms show up in an answer: statuses, actions, reasons and checklist. */
  private static List<String> boardWords(
      List<LicenseView> licenses, List<Reason> reasons, List<String> checklist) {
    List<String> texts = new ArrayList<>();
    for (LicenseView license : licenses) {
      texts.add(license.sourceStatus());
      license.disciplinaryActions().forEach(action -> texts.add(action.action()));
    }
    reasons.forEach(reason -> texts.add(reason.message()));
    texts.addAll(checklist);
    return texts;
  }

  /** Couldn't check, said as such: the state licenses, but we hold none of its board's data. */
  private Reason notRead(Jurisdiction state, Checklist.Board board) {
    String contact =
        board == null ? "the " + state.name() + " massage therapy board" : board.contact();
    List<dev.touchstone.source.SourceDefinition> disabled = consulted.disabledBoards(state.code());
    if (!disabled.isEmpty()) {
      String why = disabled.get(0).disabledReason();
      return Reason.of(
          ReasonCode.SOURCE_NOT_READ_AUTOMATICALLY,
          (why == null
                  ? "Touchstone does not read " + disabled.get(0).name() + "'s data automatically."
                  : why)
              + " We could not check, and that is not a finding against the therapist: check the license with "
              + contact
              + ".");
    }
    return Reason.of(
        ReasonCode.STATE_NOT_COVERED,
        state.name()
            + " licenses massage therapists, but Touchstone does not "
            + "hold its board's data yet, so we could not check. This is not a finding against the therapist: check the license "
            + "with "
            + contact
            + ".");
  }

  private ExclusionCheck.Result checkExclusions(
      VerificationRequest request,
      NameQuery asked,
      LicenseMatch match,
      Jurisdiction state,
      List<Verification.SourceUsed> used,
      List<Reason> reasons) {
    for (Verification.SourceUsed source : used) {
      if (source.kind() == SourceKind.EXCLUSION_LIST && source.lastSyncedAt() == null) {
        reasons.add(
            Reason.of(
                ReasonCode.SOURCE_UNAVAILABLE,
                "We have not yet been able to read "
                    + source.name()
                    + ", so we could not check whether it names this person. Check at "
                    + source.lookupUrl()
                    + "."));
      }
    }
    Set<String> npis = new LinkedHashSet<>();
    if (request.npi() != null) {
      npis.add(request.npi());
    }
    List<NameQuery> names = new ArrayList<>(List.of(asked));
    LicenseView person = match.person();
    if (person != null) {
      npis.addAll(person.npis());
      names.add(NameQuery.parse(person.name().first() + " " + person.name().last()));
    }
    return exclusions.check(npis, names, state.code());
  }

  private static String summary(
      Verdict verdict,
      VerificationRequest request,
      Jurisdiction state,
      LicenseView person,
      List<Reason> reasons) {
    return switch (verdict) {
      case VERIFIED ->
          person == null
              ? "Verified."
              : "Verified: "
                  + person.name().full()
                  + " holds an active massage therapist license in "
                  + state.name()
                  + ".";
      case CAUTION -> "Caution: " + first(reasons, Severity.WARN);
      case NOT_VERIFIED -> "Not verified: " + first(reasons, Severity.FAIL);
    };
  }

  private static String first(List<Reason> reasons, Severity severity) {
    return reasons.stream()
        .filter(r -> r.severity() == severity)
        .findFirst()
        .map(Reason::message)
        .orElse("");
  }
}
