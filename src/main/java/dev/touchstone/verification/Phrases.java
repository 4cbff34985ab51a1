package dev.touchstone.verification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Dates and lists as a person writes them: "15 March 2024", "Texas and Florida". */
final class Phrases {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

  private Phrases() {}

  static String date(LocalDate date) {
    return date.format(DATE);
  }

  static String and(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
