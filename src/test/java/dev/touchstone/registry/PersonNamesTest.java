package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void separatePartsKeepAccentsApostrophesAndHyphens() {
    PersonName name = PersonNames.fromParts("Thérèse", "Anne", "Drummond-O'Neill", null);
    assertThat(name.first()).isEqualTo("Thérèse");
    assertThat(name.last()).isEqualTo("Drummond-O'Neill");
    assertThat(name.full()).isEqualTo("Thérèse Anne Drummond-O'Neill");
  }

  @Test
  void aSuffixAtTheEndOfTheLastNameIsSplitOff() {
    PersonName name = PersonNames.fromParts("Vernon", "D", "Lockhart Jr", null);
    assertThat(name.last()).isEqualTo("Lockhart");
    assertThat(name.suffix()).isEqualTo("JR");
  }

  @Test
  void aSuffixInTheMiddleNameColumnIsASuffix() {
    PersonName name = PersonNames.fromParts("Ramon", "III", "Trujillo", null);
    assertThat(name.middle()).isNull();
    assertThat(name.suffix()).isEqualTo("III");
  }

  @Test
  void aOneWordLastNameThatLooksLikeASuffixStaysTheLastName() {
    assertThat(PersonNames.fromParts("Tom", null, "V", null).last()).isEqualTo("V");
  }

  @Test
  void strayDoubleQuotesFromUnquotedFilesAreDropped() {
    assertThat(PersonNames.fromParts("\"CORINNE", null, "WHITAKER\"", null).full())
        .isEqualTo("CORINNE WHITAKER");
  }

  @Test
  void lastCommaFirstSplitsAtTheFirstCommaWithMiddleAndSuffix() {
    PersonName name = PersonNames.fromLastCommaFirst("JEFFERSON, CLAYTON R III", true);
    assertThat(name)
        .extracting(PersonName::last, PersonName::first, PersonName::middle, PersonName::suffix)
        .containsExactly("JEFFERSON", "CLAYTON", "R", "III");
    assertThat(name.raw()).isEqualTo("JEFFERSON, CLAYTON R III");
  }

  @Test
  void aCompanyWordAfterTheCommaMakesAnOrganization() {
    PersonName name = PersonNames.fromLastCommaFirst("STILLWATER THERAPEUTICS, LLC", false);
    assertThat(name.organization()).isTrue();
    assertThat(name.first()).isNull();
    assertThat(name.full()).isEqualTo("STILLWATER THERAPEUTICS, LLC");
  }

  @Test
  void aCommaLessOwnerWithACompanyWordIsAnOrganization() {
    assertThat(PersonNames.fromLastCommaFirst("GULF COAST INSTITUTE INC", true).organization())
        .isTrue();
  }

  @Test
  void aCommaLessTherapistNameStaysRawAndIsFlaggedNotGuessed() {
    PersonName name = PersonNames.fromLastCommaFirst("JANICE MARIE PRESCOTT", true);
    assertThat(name.organization()).isFalse();
    assertThat(name.ambiguous()).isTrue();
    assertThat(name.first()).isNull();
    assertThat(name.full()).isEqualTo("JANICE MARIE PRESCOTT");
  }

  @Test
  void firstLastTakesTrailingSuffixFirstWordAndOneLetterInitial() {
    PersonName name = PersonNames.fromFirstLast("DWAYNE K MITCHELL SR");
    assertThat(name)
        .extracting(
            PersonName::first,
            PersonName::middle,
            PersonName::last,
            PersonName::suffix,
            PersonName::ambiguous)
        .containsExactly("DWAYNE", "K", "MITCHELL", "SR", false);
  }

  @Test
  void firstLastWithTwoWordsLeftAndNoInitialIsFlaggedAmbiguous() {
    PersonName name = PersonNames.fromFirstLast("MARY ANN SMITH");
    assertThat(name.first()).isEqualTo("MARY");
    assertThat(name.last()).isEqualTo("ANN SMITH");
    assertThat(name.ambiguous()).isTrue();
  }

  @Test
  void firstLastWithoutMiddleKeepsAnApostrophe() {
    PersonName name = PersonNames.fromFirstLast("COLLEEN O'SHAUGHNESSY");
    assertThat(name)
        .extracting(PersonName::first, PersonName::middle, PersonName::last)
        .containsExactly("COLLEEN", null, "O'SHAUGHNESSY");
  }
}
