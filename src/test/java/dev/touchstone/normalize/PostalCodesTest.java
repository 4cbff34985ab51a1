package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalCodesTest {

  @Test
  void keepsTheFirstFiveDigitsOfAZipPlusFour() {
    assertThat(PostalCodes.normalize("063203412"))
        .isEqualTo(new PostalCodes.PostalCode("06320", false));
    assertThat(PostalCodes.normalize("80110-2215"))
        .isEqualTo(new PostalCodes.PostalCode("80110", false));
  }

  @Test
  void repairsALeadingZeroASpreadsheetDroppedAndSaysSo() {
    assertThat(PostalCodes.normalize("6107")).isEqualTo(new PostalCodes.PostalCode("06107", true));
    assertThat(PostalCodes.normalize("63203412"))
        .isEqualTo(new PostalCodes.PostalCode("06320", true));
  }

  @Test
  void somethingThatIsNoZipIsDropped() {
    assertThat(PostalCodes.normalize("N/A")).isNull();
    assertThat(PostalCodes.normalize("123")).isNull();
  }

  @Test
  void cityStateZipIsReadFromTheRightWithOrWithoutAComma() {
    assertThat(CityStateZip.parse("AUSTIN TX 78756"))
        .isEqualTo(new CityStateZip("AUSTIN", "TX", "78756"));
    assertThat(CityStateZip.parse("HOUSTON, TX 77098"))
        .isEqualTo(new CityStateZip("HOUSTON", "TX", "77098"));
    assertThat(CityStateZip.parse("CORPUS CHRISTI TX 78411-3318"))
        .isEqualTo(new CityStateZip("CORPUS CHRISTI", "TX", "78411-3318"));
  }
}
