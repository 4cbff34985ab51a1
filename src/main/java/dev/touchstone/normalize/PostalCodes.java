package dev.touchstone.normalize;

/** US postal codes as five-digit text. */
final class PostalCodes {
  private PostalCodes() {}

  /** A five-digit code, and whether a leading zero lost to a spreadsheet had to be put back. */
  public record PostalCode(String code, boolean repaired) {}

  /** The first five digits of a ZIP or ZIP+4; null when the value holds no plausible ZIP. */
  public static PostalCode normalize(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder(10);
    for (int i = 0; i < value.length() && kept.length() < 10; i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        kept.append(c);
      }
    }
    String digits = kept.toString();
    if (digits.length() == 5 || digits.length() == 9) {
      return new PostalCode(digits.substring(0, 5), false);
    }
    if (digits.length() == 4 || digits.length() == 8) {
      return new PostalCode("0" + digits.substring(0, 4), true);
    }
    return null;
  }
}
