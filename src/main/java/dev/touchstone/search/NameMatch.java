package dev.touchstone.search;

import java.util.List;

/**
 * How well a name asked about matches a name on a license: a score from 0 to 1, whether it is exact
 * (same first and last name, in order, ignoring case, accents and punctuation), and otherwise what
 * differs, in words a person can read.
 */
public record NameMatch(double score, boolean exact, List<String> differences) {
  public static final NameMatch NONE = new NameMatch(0, false, List.of());

  public boolean matches() {
    return score > 0;
  }
}
