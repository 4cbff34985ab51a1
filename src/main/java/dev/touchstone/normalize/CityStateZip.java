package dev.touchstone.normalize;

import java.util.Locale;

/** One "CITY, ST ZIP" or "CITY ST ZIP" field, read from the right. */
record CityStateZip(String city, String state, String zip) {

  public static CityStateZip parse(String text) {
    if (text == null) {
      return null;
    }
    String value = text.trim();
    int zipStart = value.lastIndexOf(' ');
    if (zipStart < 0 || !isZip(value.substring(zipStart + 1))) {
      return null;
    }
    String rest = value.substring(0, zipStart).trim();
    int stateStart = rest.length() - 2;
    if (stateStart < 0
        || !Character.isLetter(rest.charAt(stateStart))
        || !Character.isLetter(rest.charAt(stateStart + 1))
        || (stateStart > 0
            && rest.charAt(stateStart - 1) != ' '
            && rest.charAt(stateStart - 1) != ',')) {
      return null;
    }
    String city = rest.substring(0, stateStart).trim();
    if (city.endsWith(",")) {
      city = city.substring(0, city.length() - 1).trim();
    }
    return new CityStateZip(
        city.isEmpty() ? null : city,
        rest.substring(stateStart).toUpperCase(Locale.ROOT),
        value.substring(zipStart + 1));
  }

  private static boolean isZip(String zip) {
    int digits = 0;
    for (int i = 0; i < zip.length(); i++) {
      char c = zip.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != '-' || i != 5) {
        return false;
      }
    }
    return digits == 4 || digits == 5 || digits == 8 || digits == 9;
  }
}
