package dev.touchstone.search;

import dev.touchstone.normalize.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name as a person typed it, read every way it can sensibly be read: "Jane Doe", "Doe, Jane",
 * "Jane Q Doe", "Maria de la Cruz". A reading with first and last swapped is marked, because it is
 * never an exact match.
 */
public record NameQuery(String text, List<Reading> readings) {
  private static final Set<String> IGNORED =
      Set.of(
          "JR", "SR", "II", "III", "IV", "DR", "MR", "MRS", "MS", "MISS", "LMT", "CMT", "RMT",
          "LMBT", "MT", "LMP", "NCBTMB");

  /**
   * One reading: folded parts, the last name with its spaces removed; first is null for a one-word
   * query.
   */
  public record Reading(String first, String middle, String last, boolean swapped) {}

  public static NameQuery parse(String text) {
    int comma = text.indexOf(',');
    List<Reading> readings = new ArrayList<>();
    if (comma >= 0) {
      List<String> last = tokens(text.substring(0, comma));
      List<String> rest = tokens(text.substring(comma + 1));
      if (!last.isEmpty() && !rest.isEmpty()) {
        readings.add(
            new Reading(
                rest.get(0), rest.size() > 1 ? rest.get(1) : null, String.join("", last), false));
        return new NameQuery(text, readings);
      }
    }
    List<String> words = tokens(text);
    if (words.size() == 1) {
      readings.add(new Reading(null, null, words.get(0), false));
    } else if (words.size() >= 2) {
      int n = words.size();
      for (int split = 1; split < n; split++) {
        String middle = split > 1 ? words.get(1) : null;
        readings.add(
            new Reading(words.get(0), middle, String.join("", words.subList(split, n)), false));
      }
      readings.add(
          new Reading(
              words.get(n - 1),
              n > 2 ? words.get(1) : null,
              String.join("", words.subList(0, n > 2 ? 1 : n - 1)),
              true));
    }
    return new NameQuery(text, readings);
  }

  public boolean isEmpty() {
    return readings.isEmpty();
  }

  /** One name only ("Jane"): not enough to tell one licensed person from another. */
  public boolean oneWord() {
    return readings.size() == 1 && readings.get(0).first() == null;
  }

  static List<String> tokens(String text) {
    String folded = Folding.fold(text);
    if (folded.isEmpty()) {
      return List.of();
    }
    // Folded text is words of A-Z and 0-9 between single spaces.
    List<String> words = new ArrayList<>(4);
    List<String> kept = new ArrayList<>(4);
    for (int start = 0, end; start < folded.length(); start = end + 1) {
      end = folded.indexOf(' ', start);
      if (end < 0) {
        end = folded.length();
      }
      String word = folded.substring(start, end);
      words.add(word);
      if (!IGNORED.contains(word)) {
        kept.add(word);
      }
    }
    return kept.isEmpty() ? words : kept;
  }
}
