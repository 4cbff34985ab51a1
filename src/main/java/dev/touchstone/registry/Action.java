package dev.touchstone.registry;

import java.time.LocalDate;
import java.util.Comparator;

/** A disciplinary action or a complaint on a license. */
public record Action(
    ActionKind kind, LocalDate date, String action, String description, String caseNumber) {

  /** Newest first, undated last, then by case and text, so that equal sets hash equally. */
  public static final Comparator<Action> ORDER =
      Comparator.comparing(Action::date, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Action::kind)
          .thenComparing(Action::caseNumber, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Action::action);
}
