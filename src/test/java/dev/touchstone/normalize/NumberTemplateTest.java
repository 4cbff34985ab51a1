package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.RawRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberTemplateTest {

  @Test
  void templateBuildsTheNumberAsTheBoardDisplaysIt() {
    NumberTemplate template = new NumberTemplate("{licensetype}.{licensenumber}");
    assertThat(
            template.render(
                RawRecord.of("f", 1, Map.of("licensetype", "MT", "licensenumber", "41236"))))
        .isEqualTo("MT.41236");
  }

  @Test
  void templateNeverAddsThePrefixTwice() {
    NumberTemplate template = new NumberTemplate("{licensetype}.{licensenumber}");
    assertThat(
            template.render(
                RawRecord.of("f", 1, Map.of("licensetype", "MT", "licensenumber", "MT.41236"))))
        .isEqualTo("MT.41236");
  }

  @Test
  void aMissingPartOfTheNumberIsAMissingKeyField() {
    NumberTemplate template = new NumberTemplate("{Rank-Code}{License-Number}");
    assertThatThrownBy(() -> template.render(RawRecord.of("f", 1, Map.of("rank-code", "MA"))))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(QuarantineReason.MISSING_KEY_FIELD));
  }
}
