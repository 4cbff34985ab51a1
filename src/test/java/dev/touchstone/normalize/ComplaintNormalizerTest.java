package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.ActionKind;
import dev.touchstone.source.ComplaintMapping;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.Regex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintNormalizerTest {
  private final ComplaintNormalizer normalizer =
      new ComplaintNormalizer(
          new ComplaintMapping(
              "license number",
              "profession",
              Map.of("Massage Therapist", "MA", "Massage Establishment", "MM"),
              "respondent name",
              "case number",
              "case activity type",
              "case activity date",
              List.of(Regex.of(".*order filed.*"))),
          new SourceDates(List.of("MM/dd/uuuu"), List.of()));

  private Outcome<ComplaintNormalizer.Entry> normalize(
      String profession, String number, String activity, String date) {
    return normalizer.normalize(
        RawRecord.of(
            "dxe004dd.txt",
            1,
            Map.of(
                "license number",
                number,
                "profession",
                profession,
                "case number",
                "2023-27714",
                "case activity type",
                activity,
                "case activity date",
                date)));
  }

  @Test
  void anAdministrativeComplaintIsAnAllegationOnThePrefixedLicense() {
    assertThat(normalize("Massage Therapist", "80462", "AC Filed", "09/12/2023"))
        .isInstanceOfSatisfying(
            Outcome.Loaded.class,
            loaded -> {
              ComplaintNormalizer.Entry entry = (ComplaintNormalizer.Entry) loaded.value();
              assertThat(entry.licenseKey()).isEqualTo("MA80462");
              assertThat(entry.action().kind()).isEqualTo(ActionKind.COMPLAINT);
            });
  }

  @Test
  void aFinalOrderIsDiscipline() {
    assertThat(
            normalize(
                "Massage Establishment", "41877", "Emergency Suspension Order Filed", "05/06/2026"))
        .isInstanceOfSatisfying(
            Outcome.Loaded.class,
            loaded -> {
              ComplaintNormalizer.Entry entry = (ComplaintNormalizer.Entry) loaded.value();
              assertThat(entry.licenseKey()).isEqualTo("MM41877");
              assertThat(entry.action().kind()).isEqualTo(ActionKind.DISCIPLINE);
            });
  }

  @Test
  void anotherProfessionIsFiltered() {
    assertThat(normalize("Osteopathic Physician", "19876", "AC Filed", "06/02/2025"))
        .isInstanceOf(Outcome.Filtered.class);
  }

  @Test
  void anImpossibleActivityDateIsQuarantined() {
    assertThat(normalize("Massage Therapist", "57204", "AC Filed", "09/31/2025"))
        .isInstanceOfSatisfying(
            Outcome.Quarantined.class,
            q -> assertThat(q.reason()).isEqualTo(QuarantineReason.INVALID_DATE));
  }
}
