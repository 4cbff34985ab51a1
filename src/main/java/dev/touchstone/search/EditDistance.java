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
   * Hashed letter pairs of a word, with its two ends: one typo removes at most three of them, so a
   * word that shares too few pairs cannot be within the allowed distance and is skipped unmeasured.
   */
  static long signature(String word) {
    long bits = 0;
    char previous = '^';
    for (int i = 0; i <= word.length(); i++) {
      char c = i < word.length() ? word.charAt(i) : '$';
      bits |= 1L << ((previous * 31 + c) & 63);
      previous = c;
    }
    return bits;
  }

  static boolean mayBeWithin(long query, long candidate, int typos) {
    return Long.bitCount(query & candidate) >= Long.bitCount(query) - 3 * typos;
  }
}
