package dev.touchstone.normalize;

import java.util.Locale;

/** The keys a license number is looked up by. */
public final class LicenseNumbers {
  private LicenseNumbers() {}

  /** Upper case, letters and digits only: {@code ma 60-123456} → {@code MA60123456}. */
  public static String key(String number) {
    StringBuilder key = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * The key with leading zeros dropped from every run of digits, so that a printed
   * {@code MT.0041236} finds the board's unpadded {@code MT.41236}.
   */
  public static String lookupKey(String number) {
    StringBuilder key = new StringBuilder(number.length());
    boolean atGroupStart = true;
    for (int i = 0; i < number.length(); i++) {
      char c = Character.toUpperCase(number.charAt(i));
      boolean alnum = c < 128 && Character.isLetterOrDigit(c);
      if (!alnum) {
        atGroupStart = true;
        continue;
      }
      if (c == '0' && atGroupStart && i + 1 < number.length() && Character.isDigit(number.charAt(i + 1))) {
        continue;
      }
      atGroupStart = !Character.isDigit(c);
      key.append(c);
    }
    return key.toString();
  }
}
