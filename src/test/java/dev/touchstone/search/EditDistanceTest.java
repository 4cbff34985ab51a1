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
        assertThat(EditDistance.bitsMayBeWithin(EditDistance.letterBits(a), EditDistance.letterBits(b), distance)).as(a + "/" + b).isTrue();
        assertThat(EditDistance.mayBeWithin(EditDistance.letterCounts(a), EditDistance.letterCounts(b), 0, distance)).as(a + "/" + b).isTrue();
      }
    }
  }
}
