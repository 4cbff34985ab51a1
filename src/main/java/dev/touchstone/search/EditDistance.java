package dev.touchstone.search;

/** Optimal-string-alignment distance (an adjacent swap counts as one typo), bounded for speed. */
final class EditDistance {
  private EditDistance() {}

  /** The distance between a and b, or {@code max + 1} as soon as it must exceed {@code max}. */
  static int within(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], max + 1);
  }

  /** How many typos a name part of this length may carry and still match: none below 4 letters. */
  static int allowedTypos(int length) {
    return length < 4 ? 0 : length < 7 ? 1 : 2;
  }

  /**
   * Which letters occur once and which twice or more, one bit each (anything else counts as a
   * letter of its own). Two words differ in at least as many of these bits as the letter counts
   * of {@link #mayBeWithin} differ, so one XOR rules most words out before counting.
   */
  static long letterBits(String word) {
    long bits = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int slot = c >= 'A' && c <= 'Z' ? c - 'A' : 26;
      long once = 1L << (2 * slot);
      bits |= (bits & once) == 0 ? once : once << 1;
    }
    return bits;
  }

  static boolean bitsMayBeWithin(long asked, long word, int typos) {
    return Long.bitCount(asked ^ word) <= 2 * typos;
  }

  /** How often each letter A–Z occurs (anything else counts as one more letter), the input of {@link #mayBeWithin}. */
  static byte[] letterCounts(String word) {
    byte[] counts = new byte[27];
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int slot = c >= 'A' && c <= 'Z' ? c - 'A' : 26;
      counts[slot] = (byte) Math.min(127, counts[slot] + 1);
    }
    return counts;
  }

  /**
   * A cheap necessary condition: a typo changes the letter counts by at most two (a substitution
   * takes one letter away and adds another; a swap changes nothing), so words whose counts differ
   * by more than twice the allowed typos are skipped without measuring.
   */
  static boolean mayBeWithin(byte[] asked, byte[] counts, int offset, int typos) {
    int budget = 2 * typos;
    int difference = 0;
    for (int i = 0; i < 27; i++) {
      difference += Math.abs(asked[i] - counts[offset + i]);
      if (difference > budget) {
        return false;
      }
    }
    return true;
  }
}
