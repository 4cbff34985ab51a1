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
  void washingtonsRuleGivesTheHelmsNumberAndThePrePrintedFormOneLookupKey() {
    java.util.regex.Pattern washington =
        java.util.regex.Pattern.compile("^[A-Z]*?([A-Z]{2}[0-9]+)$");
    assertThat(LicenseNumbers.lookupKey("LMT.MA.60218734", washington)).isEqualTo("MA60218734");
    assertThat(LicenseNumbers.lookupKey("MA60218734", washington)).isEqualTo("MA60218734");
    assertThat(LicenseNumbers.lookupKey("lmt ma 60218734", washington)).isEqualTo("MA60218734");
    assertThat(LicenseNumbers.lookupKey("RN.RN.00059315", washington)).isEqualTo("RN59315");
    assertThat(LicenseNumbers.lookupKey("MA60218734", washington))
        .isNotEqualTo(LicenseNumbers.lookupKey("RN.RN.60218734", washington));
    // A number the rule does not fit is looked up as keyed, never dropped.
    assertThat(LicenseNumbers.lookupKey("60218734", washington)).isEqualTo("60218734");
    assertThat(LicenseNumbers.lookupKey("MT.0041236", null)).isEqualTo("MT41236");
  }

  @Test
  void numbersScopedPerTypeKeepTheirTypeInTheKey() {
    assertThat(LicenseNumbers.key("RN.123")).isNotEqualTo(LicenseNumbers.key("MT.123"));
  }
}
