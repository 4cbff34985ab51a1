package dev.touchstone.search;

import dev.touchstone.normalize.Folding;

/**
 * A license's name folded for matching: first word of the first name, middle, and the whole last
 * name.
 */
public record StoredName(
    String first,
    String firstKey,
    String middle,
    String last,
    String lastDisplay,
    String firstDisplay) {

  public static StoredName of(String first, String middle, String last) {
    String foldedFirst = Folding.fold(first);
    String foldedMiddle = Folding.fold(middle);
    int space = foldedFirst.indexOf(' ');
    return new StoredName(
        space < 0 ? foldedFirst : foldedFirst.substring(0, space),
        foldedFirst.replace(" ", ""),
        foldedMiddle.isEmpty() ? null : foldedMiddle.split(" ")[0],
        Folding.fold(last).replace(" ", ""),
        last == null ? "" : last.strip(),
        first == null ? "" : first.strip());
  }
}
