package dev.touchstone.source;

import java.util.List;
import java.util.Locale;

/**
 * Where a source says a license has discipline.
 *
 * @param indicator a yes/no column (WA {@code actiontaken}, FL {@code Board-Action-Indicator})
 * @param cases columns describing one case per row (CO); a license's rows are merged
 * @param absentMeansNone a license with no case row, or no action in the joined register of actions
 *     (DE), has no discipline, rather than unknown: said only of a source whose cases are complete
 */
public record DisciplineMapping(Indicator indicator, Cases cases, Boolean absentMeansNone) {

  public DisciplineMapping {
    absentMeansNone = absentMeansNone != null && absentMeansNone;
    if (indicator == null && cases == null && !absentMeansNone) {
      throw new IllegalArgumentException(
          "license.discipline needs an 'indicator', 'cases' or 'absent-means-none' (with a joined"
              + " file of actions)");
    }
  }

  /**
   * A yes/no column; any other value, or none, means the source does not say.
   *
   * @param pending values meaning an action is pending (WA {@code Pending}): an allegation on
   *     record, stored as a complaint with {@code pendingAction} / {@code pendingDescription}; it
   *     is neither "no discipline" nor a finding
   */
  public record Indicator(
      String field,
      List<String> yes,
      List<String> no,
      String action,
      String description,
      List<String> pending,
      String pendingAction,
      String pendingDescription) {
    public Indicator {
      if (field == null || yes == null || yes.isEmpty() || no == null || no.isEmpty()) {
        throw new IllegalArgumentException(
            "license.discipline.indicator needs 'field', 'yes' and 'no'");
      }
      yes = yes.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
      no = no.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
      pending =
          pending == null
              ? List.of()
              : pending.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
      action = action == null ? "Action on file" : action;
      pendingAction = pendingAction == null ? "Action pending" : pendingAction;
    }
  }

  /**
   * One disciplinary case per row.
   *
   * @param caseNumber the case's number; without one (IL), a row with an {@code action} carries a
   *     case
   * @param reason the board's words for why (IL {@code discipline_reason}), shown with the action
   * @param allegations patterns (full match, case-insensitive) of {@code action} values that are
   *     charges rather than findings (CO's "Formal Complaint … OAC"): stored as complaints
   */
  public record Cases(
      String caseNumber,
      String action,
      String date,
      String completedDate,
      String reason,
      List<Regex> allegations) {
    public Cases {
      if (action == null) {
        throw new IllegalArgumentException("license.discipline.cases needs 'action'");
      }
      allegations = allegations == null ? List.of() : List.copyOf(allegations);
    }

    /** The column whose value says that a row carries a case. */
    public String presence() {
      return caseNumber != null ? caseNumber : action;
    }

    /** Whether the board's action text names a charge, not a finding. */
    public boolean isAllegation(String actionText) {
      return allegations.stream().anyMatch(pattern -> pattern.matches(actionText));
    }
  }
}
