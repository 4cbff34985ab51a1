package dev.touchstone.search;

import java.util.HashMap;
import java.util.Map;

/** Optimal-string-alignment distance (an adjacent swap counts as one typo), bounded for speed. */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The distance between a and b, or {@code max + 1} as soon as it must exceed {@code max}. Only
   * the band of cells within {@code max} of the diagonal is computed: any cell outside it is
   * already more than {@code max} away.
   */
  public static int within(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int over = max + 1;
    int width = m + 1;
    int[] rows = new int[3 * width];
    int before = 0;
    int previous = width;
    int current = 2 * width;
    for (int j = 0; j <= m; j++) {
      rows[previous + j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      int low = Math.max(1, i - max);
      int high = Math.min(m, i + max);
      rows[current] = Math.min(i, over);
      rows[current + low - 1] = low == 1 ? rows[current] : over;
      int rowMin = rows[current + low - 1];
      char ai = a.charAt(i - 1);
      for (int j = low; j <= high; j++) {
        char bj = b.charAt(j - 1);
        int value =
            Math.min(
                Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1),
                rows[previous + j - 1] + (ai == bj ? 0 : 1));
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          value = Math.min(value, rows[before + j - 2] + 1);
        }
        value = Math.min(value, over);
        rows[current + j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (high < m) {
        rows[current + high + 1] = over;
      }
      if (rowMin > max) {
        return over;
      }
      int recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(rows[previous + m], over);
  }

  /**
   * One word prepared for measuring against many others: Hyyrö's bit-parallel form of the same
   * distance (2002), a handful of word operations per letter instead of a row of the table. Words
   * of over 64 letters fall back to the table.
   */
  static final class Pattern {
    private final String word;
    private final long[] positions = new long[128];
    private final Map<Character, Long> otherPositions = new HashMap<>();

    Pattern(String word) {
      this.word = word;
      for (int i = 0; i < Math.min(64, word.length()); i++) {
        char c = word.charAt(i);
        if (c < 128) {
          positions[c] |= 1L << i;
        } else {
          otherPositions.merge(c, 1L << i, (x, y) -> x | y);
        }
      }
    }

    private long positionsOf(char c) {
      return c < 128 ? positions[c] : otherPositions.getOrDefault(c, 0L);
    }

    /**
     * The distance between this word and {@code text}, or {@code max + 1} when it is larger than
     * {@code max}.
     */
    int within(String text, int max) {
      int m = word.length();
      if (Math.abs(m - text.length()) > max) {
        return max + 1;
      }
      if (m > 64) {
        return EditDistance.within(word, text, max);
      }
      if (m == 0) {
        return Math.min(text.length(), max + 1);
      }
      long top = 1L << (m - 1);
      long vp = -1L;
      long vn = 0;
      long d0 = 0;
      long previous = 0;
      int distance = m;
      for (int j = 0; j < text.length(); j++) {
        long pm = positionsOf(text.charAt(j));
        d0 = (((~d0) & pm) << 1) & previous;
        d0 |= (((pm & vp) + vp) ^ vp) | pm | vn;
        long hp = vn | ~(d0 | vp);
        long hn = d0 & vp;
        if ((hp & top) != 0) {
          distance++;
        } else if ((hn & top) != 0) {
          distance--;
        }
        long shifted = (hp << 1) | 1;
        vp = (hn << 1) | ~(d0 | shifted);
        vn = d0 & shifted;
        previous = pm;
      }
      return Math.min(distance, max + 1);
    }
  }

  /** How many typos a name part of this length may carry and still match: none below 4 letters. */
  static int allowedTypos(int length) {
    return length < 4 ? 0 : length < 7 ? 1 : 2;
  }

  /**
   * Which letters occur once and which twice or more, one bit each (anything else counts as a
   * letter of its own). Two words differ in at least as many of these bits as the letter counts of
   * {@link #mayBeWithin} differ, so one XOR rules most words out before counting.
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

  /**
   * How often each letter A–Z occurs (anything else counts as one more letter), the input of {@link
   * #mayBeWithin}.
   */
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
