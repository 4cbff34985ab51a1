package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.NormalizedExclusion;
import dev.touchstone.source.ExclusionMapping;
import dev.touchstone.source.RawRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExclusionNormalizerTest {
  private final ExclusionNormalizer normalizer =
      new ExclusionNormalizer(
          new ExclusionMapping(
              "lastname",
              "firstname",
              "midname",
              "busname",
              "general",
              "specialty",
              "npi",
              "city",
              "state",
              "zip",
              "excltype",
              "excldate",
              "reindate",
              "waiverdate",
              "wvrstate"),
          new SourceDates(List.of("uuuuMMdd"), List.of("00000000")));

  private static RawRecord row(String... pairs) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return RawRecord.of("leie.csv", 1, values);
  }

  private NormalizedExclusion loaded(RawRecord record) {
    Outcome<NormalizedExclusion> outcome = normalizer.normalize(record);
    assertThat(outcome).isInstanceOf(Outcome.Loaded.class);
    return ((Outcome.Loaded<NormalizedExclusion>) outcome).value();
  }

  @Test
  void zeroDatesMeanNoneSoTheExclusionIsCurrent() {
    NormalizedExclusion exclusion =
        loaded(
            row(
                "lastname",
                "GRANTHAM",
                "firstname",
                "BOYD",
                "excltype",
                "1128b4",
                "excldate",
                "20240917",
                "reindate",
                "00000000",
                "npi",
                "0000000000",
                "dob",
                "19700415",
                "state",
                "FL"));
    assertThat(exclusion.excludedOn()).isEqualTo(LocalDate.of(2024, 9, 17));
    assertThat(exclusion.reinstatedOn()).isNull();
    assertThat(exclusion.npi()).isNull();
    assertThat(exclusion.npiInvalid()).isFalse();
    assertThat(exclusion.toString()).doesNotContain("1970");
  }

  @Test
  void aValidNpiIsKeptAndAnInvalidOneIsFlaggedAsAbsent() {
    assertThat(
            loaded(
                    row(
                        "lastname",
                        "KESTREL",
                        "excltype",
                        "1128a1",
                        "excldate",
                        "20250312",
                        "npi",
                        "1369402585"))
                .npi())
        .isEqualTo("1369402585");
    NormalizedExclusion invalid =
        loaded(
            row(
                "lastname",
                "KESTREL",
                "excltype",
                "1128a1",
                "excldate",
                "20250312",
                "npi",
                "1369402586"));
    assertThat(invalid.npi()).isNull();
    assertThat(invalid.npiInvalid()).isTrue();
  }

  @Test
  void aWaiverIsReported() {
    NormalizedExclusion exclusion =
        loaded(
            row(
                "lastname",
                "LANGSTON",
                "excltype",
                "1128b4",
                "excldate",
                "20190725",
                "waiverdate",
                "20220301",
                "wvrstate",
                "LA"));
    assertThat(exclusion)
        .extracting(NormalizedExclusion::waiverOn, NormalizedExclusion::waiverState)
        .containsExactly(LocalDate.of(2022, 3, 1), "LA");
  }

  @Test
  void anEntityKeepsTheCommaInItsName() {
    assertThat(
            loaded(
                    row(
                        "busname",
                        "PALMETTO TOUCH THERAPEUTIC MASSAGE, INC",
                        "excltype",
                        "1128b7",
                        "excldate",
                        "20230608"))
                .businessName())
        .isEqualTo("PALMETTO TOUCH THERAPEUTIC MASSAGE, INC");
  }

  @Test
  void anImpossibleExclusionDateIsQuarantined() {
    assertThat(
            normalizer.normalize(
                row("lastname", "PENROSE", "excltype", "1128b4", "excldate", "20250631")))
        .isInstanceOfSatisfying(
            Outcome.Quarantined.class,
            q -> assertThat(q.reason()).isEqualTo(QuarantineReason.INVALID_DATE));
  }

  @Test
  void anEntryWithoutTypeOrDateIsAMissingKeyField() {
    assertThat(normalizer.normalize(row("lastname", "DOE", "excldate", "20250101")))
        .isInstanceOfSatisfying(
            Outcome.Quarantined.class,
            q -> assertThat(q.reason()).isEqualTo(QuarantineReason.MISSING_KEY_FIELD));
  }
}
