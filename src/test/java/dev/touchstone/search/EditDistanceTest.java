package dev.touchstone.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void aSwapOfTwoLettersIsOneTypo() {
    assertThat(EditDistance.within("SMTIH", "SMITH", 2)).isEqualTo(1);
    assertThat(EditDistance.within("OSTROWSKY", "OSTROWSKI", 2)).isEqualTo(1);
    assertThat(EditDistance.within("COOPERSMITH", "SMITH", 2)).isEqualTo(3);
  }

  @Test
  void theCheapFiltersNeverRuleOutAWordWithinTheAllowedTypos() {
    Random random = new Random(7);
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder word = new StringBuilder();
      for (int i = 0, n = 4 + random.nextInt(8); i < n; i++) {
        word.append(letters.charAt(random.nextInt(random.nextBoolean() ? 5 : 26)));
      }
      StringBuilder typo = new StringBuilder(word);
      for (int edits = 1 + random.nextInt(2); edits > 0 && typo.length() > 1; edits--) {
        int at = random.nextInt(typo.length() - 1);
        switch (random.nextInt(4)) {
          case 0 -> typo.setCharAt(at, letters.charAt(random.nextInt(26)));
          case 1 -> typo.deleteCharAt(at);
          case 2 -> typo.insert(at, letters.charAt(random.nextInt(26)));
          default -> {
            char c = typo.charAt(at);
            typo.setCharAt(at, typo.charAt(at + 1));
            typo.setCharAt(at + 1, c);
          }
        }
      }
      String a = word.toString();
      String b = typo.toString();
      int distance = EditDistance.within(a, b, 2);
      if (distance <= 2) {
        assertThat(
                EditDistance.bitsMayBeWithin(
                    EditDistance.letterBits(a), EditDistance.letterBits(b), distance))
            .as(a + "/" + b)
            .isTrue();
        assertThat(
                EditDistance.mayBeWithin(
                    EditDistance.letterCounts(a), EditDistance.letterCounts(b), 0, distance))
            .as(a + "/" + b)
            .isTrue();
      }
    }
  }

  @Test
  void theBoundedDistanceAgreesWithTheFullTableUpToItsBound() {
    Random random = new Random(11);
    for (int round = 0; round < 50_000; round++) {
      String a = word(random);
      String b = random.nextBoolean() ? word(random) : mutate(a, random);
      int full = fullDistance(a, b);
      EditDistance.Pattern pattern = new EditDistance.Pattern(a);
      for (int max = 0; max <= 3; max++) {
        assertThat(EditDistance.within(a, b, max))
            .as("%s/%s within %d", a, b, max)
            .isEqualTo(Math.min(full, max + 1));
        assertThat(pattern.within(b, max))
            .as("%s/%s within %d, bit-parallel", a, b, max)
            .isEqualTo(Math.min(full, max + 1));
      }
    }
  }

  @Test
  void theBitParallelDistanceHandlesLongWordsAndLettersBeyondAscii() {
    String long1 = "A".repeat(70) + "B";
    String long2 = "A".repeat(70) + "C";
    assertThat(new EditDistance.Pattern(long1).within(long2, 2)).isEqualTo(1);
    assertThat(new EditDistance.Pattern("NÚÑEZ").within("NUÑEZ", 2)).isEqualTo(1);
    assertThat(new EditDistance.Pattern("").within("AB", 2)).isEqualTo(2);
    assertThat(new EditDistance.Pattern("AB").within("", 1)).isEqualTo(2);
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = random.nextInt(9); i > 0; i--) {
      word.append("ABCDE".charAt(random.nextInt(5)));
    }
    return word.toString();
  }

  private static String mutate(String word, Random random) {
    StringBuilder typo = new StringBuilder(word);
    for (int edits = random.nextInt(4); edits > 0; edits--) {
      int at = typo.length() == 0 ? 0 : random.nextInt(typo.length());
      switch (typo.length() < 2 ? 2 : random.nextInt(4)) {
        case 0 -> typo.setCharAt(at, "ABCDEF".charAt(random.nextInt(6)));
        case 1 -> typo.deleteCharAt(at);
        case 2 -> typo.insert(at, "ABCDEF".charAt(random.nextInt(6)));
        default -> {
          int first = Math.min(at, typo.length() - 2);
          char c = typo.charAt(first);
          typo.setCharAt(first, typo.charAt(first + 1));
          typo.setCharAt(first + 1, c);
        }
      }
    }
    return typo.toString();
  }

  /** Optimal string alignment distance over the whole table, the plain textbook way. */
  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
