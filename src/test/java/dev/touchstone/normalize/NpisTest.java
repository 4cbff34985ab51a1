package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpisTest {

  @Test
  void theDocumentedExampleHasAValidCheckDigit() {
    assertThat(Npis.isValid("1234567893")).isTrue();
    assertThat(Npis.isValid("1234567894")).isFalse();
  }

  @Test
  void sampleNpisAreValid() {
    assertThat(Npis.isValid("1582034173")).isTrue();
    assertThat(Npis.isValid("1369402585")).isTrue();
  }

  @Test
  void zerosAndMalformedValuesAreNotNpis() {
    assertThat(Npis.isValid("0000000000")).isFalse();
    assertThat(Npis.isValid("158203417")).isFalse();
    assertThat(Npis.isValid("15820341AB")).isFalse();
    assertThat(Npis.isValid("15820341731")).isFalse();
    assertThat(Npis.isValid("158203417\u0663")).isFalse();
  }
}
