package dev.touchstone.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One "CITY, ST ZIP" or "CITY ST ZIP" field, read from the right. */
public record CityStateZip(String city, String state, String zip) {
  private static final Pattern FROM_RIGHT = Pattern.compile("^(.*?)[,\\s]+([A-Za-z]{2})\\s+(\\d{4,5}(?:-?\\d{4})?)$");

  public static CityStateZip parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = FROM_RIGHT.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    String city = m.group(1).trim();
    return new CityStateZip(city.isEmpty() ? null : city, m.group(2).toUpperCase(java.util.Locale.ROOT), m.group(3));
  }
}
