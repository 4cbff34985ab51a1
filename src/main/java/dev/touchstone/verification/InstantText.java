package dev.touchstone.verification;

import java.time.Instant;

/**
 * {@link Instant#toString} without formatting the date and time of day again for every instant
 * of the same second: each verification writes the instant it was checked, and the formatter
 * cost more than the rest of its small fields together.
 */
final class InstantText {
  private record Second(long epochSecond, String text) {}

  private volatile Second last = new Second(Long.MIN_VALUE, "");

  /** Exactly what {@code instant.toString()} returns. */
  String of(Instant instant) {
    Second second = last;
    if (second.epochSecond() != instant.getEpochSecond()) {
      String whole = Instant.ofEpochSecond(instant.getEpochSecond()).toString();
      second = new Second(instant.getEpochSecond(), whole.substring(0, whole.length() - 1));
      last = second;
    }
    int nano = instant.getNano();
    if (nano == 0) {
      return second.text() + "Z";
    }
    StringBuilder text = new StringBuilder(second.text().length() + 11).append(second.text()).append('.');
    // As ISO_INSTANT: the fraction in groups of three digits, as many as it needs.
    if (nano % 1_000_000 == 0) {
      digits(text, nano / 1_000_000, 3);
    } else if (nano % 1_000 == 0) {
      digits(text, nano / 1_000, 6);
    } else {
      digits(text, nano, 9);
    }
    return text.append('Z').toString();
  }

  private static void digits(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    text.append("0".repeat(width - digits.length())).append(digits);
  }
}
