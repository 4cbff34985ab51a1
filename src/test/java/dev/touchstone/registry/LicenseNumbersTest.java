package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenseNumbersTest {

  @Test
  void keyIgnoresCaseSpacesAndPunctuation() {
    assertThat(LicenseNumbers.key("ma 60-123456")).isEqualTo("MA60123456");
    assertThat(LicenseNumbers.key("MA60123456")).isEqualTo(LicenseNumbers.key("ma60123456"));
  }

  @Test
  void lookupKeyIgnoresLeadingZerosOfEachDigitRun() {
    assertThat(LicenseNumbers.lookupKey("MT.0041236"))
        .isEqualTo(LicenseNumbers.lookupKey("MT.41236"));
    assertThat(LicenseNumbers.lookupKey("ME005531")).isEqualTo("ME5531");
    assertThat(LicenseNumbers.lookupKey("73.004821"))
        .isEqualTo(LicenseNumbers.lookupKey("73004821"));
  }

  @Test
  void washingtonsRuleGivesEveryFormOfANumberOneLookupKey() {
    java.util.regex.Pattern washington = java.util.regex.Pattern.compile("^[A-Z]*?([0-9]+)$");
    assertThat(LicenseNumbers.lookupKey("LMT.MA.60218734", washington)).isEqualTo("60218734");
    assertThat(LicenseNumbers.lookupKey("MA60218734", washington)).isEqualTo("60218734");
    assertThat(LicenseNumbers.lookupKey("lmt ma 60218734", washington)).isEqualTo("60218734");
    assertThat(LicenseNumbers.lookupKey("60218734", washington)).isEqualTo("60218734");
    // A number the rule does not fit is looked up as keyed, never dropped.
    assertThat(LicenseNumbers.lookupKey("60218734-B", washington)).isEqualTo("60218734B");
    assertThat(LicenseNumbers.lookupKey("MT.0041236", null)).isEqualTo("MT41236");
  }

  @Test
  void typedLettersMustBeTheNumbersOwnOrItsEnd() {
    assertThat(LicenseNumbers.compatible("60218734", "LMT.MA.60218734")).isTrue();
    assertThat(LicenseNumbers.compatible("ma-60218734", "LMT.MA.60218734")).isTrue();
    assertThat(LicenseNumbers.compatible("RN.RN.60218734", "LMT.MA.60218734")).isFalse();
    assertThat(LicenseNumbers.compatible("MM50042", "MA50042")).isFalse();
    assertThat(LicenseNumbers.compatible("50042", "MM50042")).isTrue();
  }

  @Test
  void theSameNumberIgnoresCasePunctuationAndPaddingButNotThePrefix() {
    assertThat(LicenseNumbers.sameNumber("mt 0041236", "MT.41236")).isTrue();
    assertThat(LicenseNumbers.sameNumber("41236", "MT.41236")).isFalse();
  }

  @Test
  void numbersScopedPerTypeKeepTheirTypeInTheKey() {
    assertThat(LicenseNumbers.key("RN.123")).isNotEqualTo(LicenseNumbers.key("MT.123"));
  }
}
