package dev.touchstone.search;

import dev.touchstone.normalize.Folding;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores a name asked about against a name on a license. Exact parts score 1; a nickname, an
 * initial, a middle name used as a first name, one or two typos or one part of a double last name
 * score less and are named as differences; first and last swapped scores less still. A part that
 * matches none of these ways is no match, so "Joe Smith" never matches "Joel Coopersmith".
 */
@Singleton
public class NameMatcher {
  static final double SWAPPED = 0.9;
  // Compiled once: String.split compiles a pattern of more than one character on every call.
  private static final Pattern LAST_NAME_PARTS = Pattern.compile("[\\s-]+");
  private final Nicknames nicknames;

  public NameMatcher(Nicknames nicknames) {
    this.nicknames = nicknames;
  }

  /** A part's score and, when it is not exact, what differs. */
  record PartMatch(double score, String difference) {
    static final PartMatch NONE = new PartMatch(0, null);
    static final PartMatch EXACT = new PartMatch(1, null);
  }

  public NameMatch match(NameQuery query, StoredName name) {
    NameMatch best = NameMatch.NONE;
    for (NameQuery.Reading reading : query.readings()) {
      NameMatch match = match(reading, name, last(reading.last(), name));
      if (match.score() > best.score()) {
        best = match;
      }
    }
    return best;
  }

  NameMatch match(NameQuery.Reading reading, StoredName name, PartMatch last) {
    return match(
        reading,
        name,
        last,
        reading.first() == null ? PartMatch.NONE : first(reading.first(), name));
  }

  /**
   * With both parts already scored, e.g. the first name once per distinct first name of an index.
   */
  NameMatch match(NameQuery.Reading reading, StoredName name, PartMatch last, PartMatch first) {
    if (last.score() == 0) {
      return NameMatch.NONE;
    }
    if (reading.first() == null) {
      return new NameMatch(
          0.8 * last.score(),
          false,
          differences(last, new PartMatch(1, "only the last name was given")));
    }
    if (first.score() == 0) {
      return NameMatch.NONE;
    }
    double score = 0.55 * last.score() + 0.45 * first.score();
    if (reading.middle() != null && name.middle() != null) {
      score += reading.middle().charAt(0) == name.middle().charAt(0) ? 0.02 : -0.05;
    }
    List<String> differences = differences(last, first);
    if (reading.swapped()) {
      score *= SWAPPED;
      differences.add(0, "the first and last names are the other way round");
    }
    boolean exact = differences.isEmpty();
    return new NameMatch(
        Math.max(0, Math.min(1, exact ? 1 : Math.min(score, 0.99))),
        exact,
        List.copyOf(differences));
  }

  private static List<String> differences(PartMatch last, PartMatch first) {
    List<String> differences = new ArrayList<>();
    if (first.difference() != null) {
      differences.add(first.difference());
    }
    if (last.difference() != null) {
      differences.add(last.difference());
    }
    return differences;
  }

  /** The last name asked about against the whole stored last name, or against one of its parts. */
  PartMatch last(String asked, StoredName name) {
    if (name.last().isEmpty()) {
      return PartMatch.NONE;
    }
    PartMatch whole = wholeLast(asked, name.last(), name.lastDisplay());
    if (whole.score() > 0) {
      return whole;
    }
    for (String part : LAST_NAME_PARTS.split(name.lastDisplay())) {
      if (!part.isEmpty() && asked.equals(Folding.fold(part).replace(" ", ""))) {
        return lastPart(name.lastDisplay());
      }
    }
    return PartMatch.NONE;
  }

  /** Exact, or within the typos a name of that length may carry. */
  static PartMatch wholeLast(String asked, String storedKey, String shown) {
    return wholeLast(null, asked, storedKey, shown);
  }

  /**
   * The same, with the name asked about prepared once when it is measured against many last names;
   * {@code pattern} is null for a single comparison, which needs no preparing.
   */
  static PartMatch wholeLast(
      EditDistance.Pattern pattern, String asked, String storedKey, String shown) {
    if (asked.equals(storedKey)) {
      return PartMatch.EXACT;
    }
    int allowed = EditDistance.allowedTypos(Math.min(asked.length(), storedKey.length()));
    int typos =
        pattern != null
            ? pattern.within(storedKey, allowed)
            : EditDistance.within(asked, storedKey, allowed);
    return typos <= allowed
        ? new PartMatch(
            typos == 1 ? 0.88 : 0.78, "the last name is spelled " + shown + " on the license")
        : PartMatch.NONE;
  }

  /** The name asked about is one part of a double last name. */
  static PartMatch lastPart(String shown) {
    return new PartMatch(0.85, "the license shows the last name " + shown);
  }

  /** The first name asked about against the stored first name, or else its middle name. */
  PartMatch first(String asked, StoredName name) {
    PartMatch first = firstOnly(asked, name);
    return first.score() > 0 ? first : viaMiddle(asked, name);
  }

  /** Someone who goes by their middle name. */
  static PartMatch viaMiddle(String asked, StoredName name) {
    return name.middle() != null && asked.equals(name.middle())
        ? new PartMatch(
            0.7,
            "the license has it as the middle name, with the first name " + name.firstDisplay())
        : PartMatch.NONE;
  }

  /** The first name alone: exact, nickname, initial, typos or a prefix. */
  PartMatch firstOnly(String asked, StoredName name) {
    String stored = name.first();
    if (stored.isEmpty()) {
      return PartMatch.NONE;
    }
    if (asked.equals(stored) || asked.equals(name.firstKey())) {
      return PartMatch.EXACT;
    }
    String shown = name.firstDisplay();
    if (nicknames.same(asked, stored)) {
      return new PartMatch(0.9, "the license is under the first name " + shown);
    }
    if (asked.length() == 1 && stored.startsWith(asked)
        || stored.length() == 1 && asked.startsWith(stored)) {
      return new PartMatch(
          0.75, "only an initial of the first name agrees (" + shown + " on the license)");
    }
    int allowed = EditDistance.allowedTypos(Math.min(asked.length(), stored.length()));
    if (allowed > 0 && EditDistance.within(asked, stored, allowed) <= allowed) {
      return new PartMatch(0.85, "the first name is spelled " + shown + " on the license");
    }
    if (asked.length() >= 3 && stored.startsWith(asked)) {
      return new PartMatch(0.7, "the first name on the license is " + shown);
    }
    return PartMatch.NONE;
  }
}
