package dev.touchstone.verification;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Dates and lists as a person writes them: "15 March 2024", "Texas and Florida". */
final class Phrases {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);
  private static final String[] MONTHS =
      Arrays.stream(Month.values())
          .map(m -> m.getDisplayName(TextStyle.FULL, Locale.US))
          .toArray(String[]::new);

  private Phrases() {}

  static String date(LocalDate date) {
    // Every verification writes dates: the formatter costs more than the rest of a reason.
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      return date.format(DATE);
    }
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  static String and(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** "2 days", "36 hours": how long a freshness window is. */
  static String duration(java.time.Duration duration) {
    long hours = duration.toHours();
    if (hours >= 24 && hours % 24 == 0) {
      long days = hours / 24;
      return days == 1 ? "1 day" : days + " days";
    }
    return hours == 1 ? "1 hour" : hours + " hours";
  }
}
