package dev.touchstone.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {
  private final NameMatcher matcher = new NameMatcher(new Nicknames());

  private NameMatch match(String asked, String first, String middle, String last) {
    return matcher.match(NameQuery.parse(asked), StoredName.of(first, middle, last));
  }

  @Test
  void caseAccentsAndPunctuationDoNotStopAnExactMatch() {
    assertThat(match("therese lemaitre", "Thérèse", "Anne", "Lemaître").exact()).isTrue();
    assertThat(match("Brigid ODonnell", "Brigid", null, "O'Donnell").exact()).isTrue();
  }

  @Test
  void lastCommaFirstIsTheSameNameInTheOtherOrder() {
    assertThat(match("Doe, Jane", "Jane", "Q.", "Doe").exact()).isTrue();
  }

  @Test
  void aSuffixOrCredentialInTheQueryIsIgnored() {
    assertThat(match("Vernon Lockhart Jr.", "Vernon", "D", "Lockhart").exact()).isTrue();
    assertThat(match("Jane Doe LMT", "Jane", null, "Doe").exact()).isTrue();
  }

  @Test
  void aNicknameMatchesButNotExactly() {
    NameMatch bob = match("Bob Smith", "Robert", null, "Smith");
    assertThat(bob.matches()).isTrue();
    assertThat(bob.exact()).isFalse();
    assertThat(bob.differences()).containsExactly("the license is under the first name Robert");
    assertThat(match("Liz Taylor", "Elizabeth", null, "Taylor").matches()).isTrue();
    assertThat(match("Katie Holmes", "Katherine", null, "Holmes").matches()).isTrue();
  }

  @Test
  void oneOrTwoTyposInANamePartStillMatch() {
    assertThat(match("Marguerite Ostrowsky", "Marguerite", null, "Ostrowski").matches()).isTrue();
    assertThat(match("Margeurite Ostrowski", "Marguerite", null, "Ostrowski").matches()).isTrue();
    assertThat(match("Margurete Ostrovski", "Marguerite", null, "Ostrowski").matches()).isTrue();
  }

  @Test
  void aSwapOfFirstAndLastMatchesBelowTheRightOrderAndIsNeverExact() {
    NameMatch swapped = match("Doe Jane", "Jane", null, "Doe");
    assertThat(swapped.exact()).isFalse();
    assertThat(swapped.score()).isLessThan(match("Jane Doe", "Jane", null, "Doe").score());
  }

  @Test
  void joeSmithDoesNotMatchJoelCoopersmith() {
    assertThat(match("Joe Smith", "Joel", null, "Coopersmith").matches()).isFalse();
  }

  @Test
  void aDifferentFirstNameIsNoMatch() {
    assertThat(match("Jane Doe", "Mary", null, "Doe").matches()).isFalse();
  }
}
