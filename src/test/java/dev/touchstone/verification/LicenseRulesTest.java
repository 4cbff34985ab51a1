package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

  private static LicenseView license(
      LicenseStatus status,
      String words,
      LocalDate expires,
      List<LicenseView.ActionView> actions,
      boolean published) {
    return new LicenseView(
        "WA",
        "MA60000001",
        LicenseType.MASSAGE_THERAPIST,
        "Massage Therapist License",
        status,
        words,
        new LicenseView.Name("Jane Q Doe", "Jane", "Q", "Doe", null, false),
        LocalDate.of(2019, 1, 1),
        expires,
        "Spokane",
        "WA",
        "99201",
        actions,
        !actions.isEmpty(),
        List.of(),
        published,
        null,
        null,
        null,
        null,
        new LicenseView.SourceRef(
            "us-wa-doh", "Washington State Department of Health", null, null, false),
        "lic-1",
        List.of(),
        List.of());
  }

  private static List<Reason> reasons(LicenseStatus status, LocalDate expires) {
    return LicenseRules.reasons(
        license(status, status.name(), expires, List.of(), true), "Washington", TODAY);
  }

  private static List<ReasonCode> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  @Test
  void anActiveLicenseSaysUntilWhen() {
    List<Reason> reasons = reasons(LicenseStatus.ACTIVE, LocalDate.of(2027, 3, 31));
    assertThat(codes(reasons)).containsExactly(ReasonCode.LICENSE_ACTIVE);
    assertThat(reasons.get(0).message())
        .isEqualTo(
            "Massage therapist license MA60000001 is active in Washington until 31 March 2027.");
  }

  @Test
  void aLicenseExpiringWithinSixtyDaysSaysSoButStillVerifies() {
    List<Reason> reasons = reasons(LicenseStatus.ACTIVE, LocalDate.of(2026, 8, 15));
    assertThat(codes(reasons))
        .containsExactly(ReasonCode.LICENSE_ACTIVE, ReasonCode.LICENSE_EXPIRING_SOON);
    assertThat(reasons.get(1).message()).contains("15 August 2026");
    assertThat(Verdict.of(reasons)).isEqualTo(Verdict.VERIFIED);
  }

  @Test
  void anActiveWordPastItsExpiryDateIsExpired() {
    List<Reason> reasons = reasons(LicenseStatus.ACTIVE, LocalDate.of(2026, 6, 30));
    assertThat(codes(reasons)).containsExactly(ReasonCode.LICENSE_EXPIRED);
    assertThat(reasons.get(0).message()).contains("expired on 30 June 2026");
  }

  @Test
  void eachBadStatusFailsWithItsOwnCode() {
    LocalDate later = LocalDate.of(2027, 1, 1);
    assertThat(codes(reasons(LicenseStatus.EXPIRED, LocalDate.of(2024, 3, 15))))
        .containsExactly(ReasonCode.LICENSE_EXPIRED);
    assertThat(reasons(LicenseStatus.EXPIRED, LocalDate.of(2024, 3, 15)).get(0).message())
        .contains("expired on 15 March 2024");
    assertThat(codes(reasons(LicenseStatus.SUSPENDED, later)))
        .containsExactly(ReasonCode.LICENSE_SUSPENDED);
    assertThat(codes(reasons(LicenseStatus.REVOKED, later)))
        .containsExactly(ReasonCode.LICENSE_REVOKED);
    assertThat(codes(reasons(LicenseStatus.SURRENDERED, later)))
        .containsExactly(ReasonCode.LICENSE_REVOKED);
    for (LicenseStatus inactive :
        List.of(
            LicenseStatus.INACTIVE,
            LicenseStatus.PENDING,
            LicenseStatus.DENIED,
            LicenseStatus.DECEASED)) {
      List<Reason> reasons = reasons(inactive, later);
      assertThat(codes(reasons)).as(inactive.name()).containsExactly(ReasonCode.LICENSE_INACTIVE);
      assertThat(Verdict.of(reasons)).isEqualTo(Verdict.NOT_VERIFIED);
    }
  }

  @Test
  void aRestrictedLicenseCallsForCaution() {
    List<Reason> reasons = reasons(LicenseStatus.RESTRICTED, LocalDate.of(2027, 1, 1));
    assertThat(codes(reasons)).containsExactly(ReasonCode.LICENSE_RESTRICTED);
    assertThat(Verdict.of(reasons)).isEqualTo(Verdict.CAUTION);
  }

  @Test
  void anUnknownStatusNeverVerifies() {
    List<Reason> reasons = reasons(LicenseStatus.UNKNOWN, LocalDate.of(2027, 1, 1));
    assertThat(codes(reasons)).containsExactly(ReasonCode.LICENSE_STATUS_UNKNOWN);
    assertThat(Verdict.of(reasons)).isNotEqualTo(Verdict.VERIFIED);
  }

  @Test
  void disciplineWarnsAndAComplaintIsNamedAsAnAllegation() {
    List<LicenseView.ActionView> actions =
        List.of(
            new LicenseView.ActionView(
                ActionKind.DISCIPLINE, LocalDate.of(2022, 5, 10), "Probation", null, "M2022-1"),
            new LicenseView.ActionView(
                ActionKind.COMPLAINT, LocalDate.of(2023, 2, 1), "AC Filed", null, "2023-7"));
    List<Reason> reasons =
        LicenseRules.reasons(
            license(LicenseStatus.ACTIVE, "ACTIVE", LocalDate.of(2027, 1, 1), actions, true),
            "Washington",
            TODAY);
    assertThat(codes(reasons))
        .contains(ReasonCode.DISCIPLINE_ON_RECORD, ReasonCode.COMPLAINT_ON_RECORD);
    assertThat(reasons)
        .filteredOn(r -> r.code() == ReasonCode.DISCIPLINE_ON_RECORD)
        .first()
        .extracting(Reason::message)
        .asString()
        .contains("Probation on 10 May 2022");
    assertThat(reasons)
        .filteredOn(r -> r.code() == ReasonCode.COMPLAINT_ON_RECORD)
        .first()
        .extracting(Reason::message)
        .asString()
        .contains("an allegation, not a finding");
    assertThat(Verdict.of(reasons)).isEqualTo(Verdict.CAUTION);
  }

  @Test
  void aLicenseTheBoardNoLongerListsCallsForCaution() {
    List<Reason> reasons =
        LicenseRules.reasons(
            license(LicenseStatus.ACTIVE, "ACTIVE", LocalDate.of(2027, 1, 1), List.of(), false),
            "Washington",
            TODAY);
    assertThat(codes(reasons)).contains(ReasonCode.LICENSE_NO_LONGER_LISTED);
    assertThat(Verdict.of(reasons)).isEqualTo(Verdict.CAUTION);
  }
}
