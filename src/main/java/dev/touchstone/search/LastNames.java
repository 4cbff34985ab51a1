package dev.touchstone.search;

import dev.touchstone.normalize.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct last names of the index, folded, with what finds them fast: by length and letter
 * counts for typos, and by each part of a double last name.
 */
final class LastNames {
  private final String[] shown;
  private final String[] keys;
  private final int[][] idsByLength;

  /**
   * Per length, the letter bits of each name in {@link #idsByLength}, in the same order: one tight
   * scan.
   */
  private final long[][] bitsByLength;

  /** Per length, 27 letter counts for each name in {@link #idsByLength}, in the same order. */
  private final byte[][] countsByLength;

  private final Map<String, int[]> byPart = new HashMap<>();

  LastNames(String[] shown) {
    this.shown = shown;
    keys = new String[shown.length];
    int[] lengths = new int[shown.length];
    int longest = 0;
    Map<String, List<Integer>> parts = new HashMap<>();
    for (int id = 0; id < shown.length; id++) {
      String folded = Folding.fold(shown[id]);
      keys[id] = folded.replace(" ", "");
      lengths[id] = keys[id].length();
      longest = Math.max(longest, lengths[id]);
      String[] words = folded.split(" ");
      if (words.length > 1) {
        for (String word : words) {
          parts.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
        }
      }
    }
    idsByLength = IndexedLicenses.group(shown.length, lengths, longest + 1);
    bitsByLength = new long[idsByLength.length][];
    countsByLength = new byte[idsByLength.length][];
    for (int length = 0; length < idsByLength.length; length++) {
      int[] ids = idsByLength[length];
      bitsByLength[length] = new long[ids.length];
      countsByLength[length] = new byte[27 * ids.length];
      for (int i = 0; i < ids.length; i++) {
        bitsByLength[length][i] = EditDistance.letterBits(keys[ids[i]]);
        System.arraycopy(
            EditDistance.letterCounts(keys[ids[i]]), 0, countsByLength[length], 27 * i, 27);
      }
    }
    parts.forEach(
        (word, ids) -> byPart.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
  }

  String key(int id) {
    return keys[id];
  }

  /**
   * Every last name the one asked about matches, exactly, within its typos, or as one part, with
   * how well.
   */
  Map<Integer, NameMatcher.PartMatch> candidates(String asked) {
    Map<Integer, NameMatcher.PartMatch> candidates = new HashMap<>();
    int typos = EditDistance.allowedTypos(asked.length());
    byte[] counts = EditDistance.letterCounts(asked);
    long bits = EditDistance.letterBits(asked);
    EditDistance.Pattern pattern = new EditDistance.Pattern(asked);
    int from = Math.max(0, asked.length() - typos);
    int to = Math.min(idsByLength.length - 1, asked.length() + typos);
    for (int length = from; length <= to; length++) {
      int[] ids = idsByLength[length];
      long[] lettersOf = bitsByLength[length];
      byte[] countsOf = countsByLength[length];
      for (int i = 0; i < lettersOf.length; i++) {
        if (EditDistance.bitsMayBeWithin(bits, lettersOf[i], typos)
            && EditDistance.mayBeWithin(counts, countsOf, 27 * i, typos)) {
          int id = ids[i];
          NameMatcher.PartMatch match = NameMatcher.wholeLast(pattern, asked, keys[id], shown[id]);
          if (match.score() > 0) {
            candidates.put(id, match);
          }
        }
      }
    }
    for (int id : byPart.getOrDefault(asked, new int[0])) {
      candidates.putIfAbsent(id, NameMatcher.lastPart(shown[id]));
    }
    return candidates;
  }
}
