package dev.touchstone.registry;

/** The keys a license number is looked up by. */
public final class LicenseNumbers {
  private LicenseNumbers() {}

  /** Upper case, letters and digits only: {@code ma 60-123456} → {@code MA60123456}. */
  public static String key(String number) {
    StringBuilder key = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= 'a' && c <= 'z') {
        key.append((char) (c - 32));
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * The key with leading zeros dropped from every run of digits, so that a printed {@code
   * MT.0041236} finds the board's unpadded {@code MT.41236}. Computed from {@link #key}, so
   * whatever finds a license by its key finds it by this too.
   */
  public static String lookupKey(String number) {
    return withoutLeadingZeros(key(number));
  }

  /**
   * The lookup key under a source's {@code lookup-key} rule: the rule's first group when it matches
   * the key, so that {@code LMT.MA.60218734} and {@code MA60218734} both give {@code MA60218734};
   * without a rule, or when it does not match, {@link #lookupKey(String)}.
   */
  public static String lookupKey(String number, java.util.regex.Pattern rule) {
    String key = key(number);
    if (rule != null) {
      java.util.regex.Matcher matcher = rule.matcher(key);
      if (matcher.matches() && matcher.group(1) != null && !matcher.group(1).isEmpty()) {
        key = matcher.group(1);
      }
    }
    return withoutLeadingZeros(key);
  }

  /**
   * Whether a number as typed can be a license's number once their lookup keys agree. Typed without
   * letters, it can be any license's; typed with letters, they must be the license's letters or
   * their end, so {@code MA60218734} finds Washington's {@code LMT.MA.60218734} but {@code MM50042}
   * (an establishment) never finds {@code MA50042} (a therapist).
   */
  public static boolean compatible(String typed, String licenseNumber) {
    String letters = letters(key(typed));
    return letters.isEmpty() || letters(key(licenseNumber)).endsWith(letters);
  }

  /** Whether the typed number is the license's own, ignoring case, punctuation and zero padding. */
  public static boolean sameNumber(String typed, String licenseNumber) {
    return lookupKey(typed).equals(lookupKey(licenseNumber));
  }

  private static String letters(String key) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 'A' && key.charAt(i) <= 'Z') {
        letters.append(key.charAt(i));
      }
    }
    return letters.toString();
  }

  private static String withoutLeadingZeros(String key) {
    StringBuilder lookup = new StringBuilder(key.length());
    boolean atRunStart = true;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (digit
          && c == '0'
          && atRunStart
          && i + 1 < key.length()
          && Character.isDigit(key.charAt(i + 1))) {
        continue;
      }
      atRunStart = !digit;
      lookup.append(c);
    }
    return lookup.toString();
  }
}
