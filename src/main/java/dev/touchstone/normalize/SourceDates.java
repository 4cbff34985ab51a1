package dev.touchstone.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a source's dates strictly in its declared formats. A value that has a format's shape but
 * is no real date (Feb 30) is {@code invalid_date}; one that has no declared shape at all is {@code
 * date_format}. Sentinels (CT {@code 1800-12-27}, LEIE {@code 00000000}) mean "no date".
 */
public final class SourceDates {
  private final List<Format> formats;
  private final Set<String> sentinels;

  public SourceDates(List<String> patterns, List<String> sentinels) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException(
          "date-formats must list at least one format, e.g. uuuuMMdd");
    }
    this.formats = new ArrayList<>();
    for (String pattern : patterns) {
      formats.add(Format.of(pattern));
    }
    this.sentinels = Set.copyOf(sentinels);
  }

  /** The date, or null for an empty value or a sentinel. */
  public LocalDate parse(String column, String value) {
    if (value == null || sentinels.contains(value)) {
      return null;
    }
    for (Format format : formats) {
      if (format.fixed != null) {
        LocalDate date = format.fixed.parse(column, value);
        if (date != null) {
          return date;
        }
        continue;
      }
      if (format.shape.matcher(value).matches()) {
        try {
          return LocalDate.from(format.formatter.parse(value));
        } catch (DateTimeException e) {
          throw new RowRejectedException(
              QuarantineReason.INVALID_DATE, column + " '" + value + "' is not a real date");
        }
      }
    }
    throw new RowRejectedException(
        QuarantineReason.DATE_FORMAT,
        column + " '" + value + "' is not in the declared format " + formats.get(0).pattern);
  }

  private record Format(
      String pattern, Pattern shape, DateTimeFormatter formatter, FixedWidth fixed) {
    static Format of(String pattern) {
      DateTimeFormatter formatter;
      try {
        formatter = DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "date format '" + pattern + "' is not a valid pattern: " + e.getMessage());
      }
      if (!pattern.contains("uuuu") || !pattern.contains("MM") || !pattern.contains("dd")) {
        throw new IllegalArgumentException(
            "date format '"
                + pattern
                + "' must use uuuu, MM and dd (strict parsing needs uuuu, not yyyy)");
      }
      return new Format(pattern, shapeOf(pattern), formatter, FixedWidth.of(pattern));
    }

    /**
     * Each run of pattern letters becomes that many digits; quoted text and other characters are
     * literal.
     */
    private static Pattern shapeOf(String pattern) {
      StringBuilder regex = new StringBuilder();
      int i = 0;
      while (i < pattern.length()) {
        char c = pattern.charAt(i);
        if (c == '\'') {
          int end = pattern.indexOf('\'', i + 1);
          regex.append(Pattern.quote(pattern.substring(i + 1, end)));
          i = end + 1;
        } else if (Character.isLetter(c)) {
          int start = i;
          while (i < pattern.length() && pattern.charAt(i) == c) {
            i++;
          }
          regex.append("\\d{").append(i - start).append('}');
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
          i++;
        }
      }
      return Pattern.compile(regex.toString());
    }
  }

  /**
   * The common case, a pattern of fixed-width numeric fields and literals (uuuuMMdd, MM/dd/uuuu,
   * Socrata's floating timestamp), read without a regular expression or a formatter: a board file
   * has millions of dates. Same verdicts as the strict formatter.
   */
  private static final class FixedWidth {
    private final char[] slots;

    private FixedWidth(char[] slots) {
      this.slots = slots;
    }

    static FixedWidth of(String pattern) {
      StringBuilder slots = new StringBuilder();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '\'') {
          int end = pattern.indexOf('\'', i + 1);
          for (int j = i + 1; j < end; j++) {
            slots.append(literal(pattern.charAt(j)));
          }
          i = end;
        } else if ("uMdHmsS".indexOf(c) >= 0) {
          slots.append(c);
        } else if (Character.isLetter(c)) {
          return null;
        } else {
          slots.append(literal(c));
        }
      }
      return new FixedWidth(slots.toString().toCharArray());
    }

    /**
     * Literals are stored shifted into a private-use range so they never look like a field letter.
     */
    private static char literal(char c) {
      return (char) (0xE000 + c);
    }

    /** The date, or null when the value does not have this shape. */
    LocalDate parse(String column, String value) {
      if (value.length() != slots.length) {
        return null;
      }
      int year = 0;
      int month = 0;
      int day = 0;
      int hour = 0;
      int minute = 0;
      int second = 0;
      for (int i = 0; i < slots.length; i++) {
        char slot = slots[i];
        char c = value.charAt(i);
        if (slot >= 0xE000) {
          if (c != slot - 0xE000) {
            return null;
          }
          continue;
        }
        if (c < '0' || c > '9') {
          return null;
        }
        int digit = c - '0';
        switch (slot) {
          case 'u' -> year = year * 10 + digit;
          case 'M' -> month = month * 10 + digit;
          case 'd' -> day = day * 10 + digit;
          case 'H' -> hour = hour * 10 + digit;
          case 'm' -> minute = minute * 10 + digit;
          case 's' -> second = second * 10 + digit;
          default -> {}
        }
      }
      if (hour > 23 || minute > 59 || second > 59) {
        throw new RowRejectedException(
            QuarantineReason.INVALID_DATE, column + " '" + value + "' is not a real date");
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new RowRejectedException(
            QuarantineReason.INVALID_DATE, column + " '" + value + "' is not a real date");
      }
    }
  }
}
