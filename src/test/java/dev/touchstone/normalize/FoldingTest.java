package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void namesFoldToCapitalsWithoutAccentsApostrophesOrPunctuation() {
    assertThat(Folding.fold("José O'Brien-Núñez")).isEqualTo("JOSE OBRIEN NUNEZ");
    assertThat(Folding.fold("  d’Arcy,  Zoë ")).isEqualTo("DARCY ZOE");
    assertThat(Folding.fold("Strauß")).isEqualTo("STRAUSS");
    assertThat(Folding.fold("o`neil   jr.")).isEqualTo("ONEIL JR");
    assertThat(Folding.fold(" - ")).isEmpty();
    assertThat(Folding.fold(null)).isEmpty();
  }

  @Test
  void plainAsciiFoldsExactlyAsTheFullUnicodeFolding() {
    Random random = new Random(7);
    String alphabet = "abzAMZ09 '`-.,/#\t";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(12); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Folding.fold(text.toString()))
          .as("'%s'", text)
          .isEqualTo(Folding.foldUnicode(text.toString()));
    }
  }
}
