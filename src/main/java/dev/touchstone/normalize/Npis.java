package dev.touchstone.normalize;

/** National Provider Identifiers and their check digit. */
public final class Npis {
  private Npis() {}

  /**
   * Whether a ten-digit NPI's check digit is right: Luhn over the first nine digits as if the
   * prefix 80840 were in front of them, which adds 24 to the sum.
   */
  public static boolean isValid(String npi) {
    if (npi == null
        || npi.length() != 10
        || !npi.chars().allMatch(c -> c >= '0' && c <= '9')
        || npi.equals("0000000000")) {
      return false;
    }
    int sum = 24;
    for (int i = 0; i < 9; i++) {
      int digit = npi.charAt(8 - i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    int check = (10 - sum % 10) % 10;
    return check == npi.charAt(9) - '0';
  }
}
