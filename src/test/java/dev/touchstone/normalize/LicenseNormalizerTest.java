package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.NormalizedLicense;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitionParser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped source definitions, applied to hand-made rows. */
class LicenseNormalizerTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

  private static SourceDefinition source(String id) {
    return new SourceDefinitionParser().parse(Path.of("config/sources/" + id + ".yml"), Map.of());
  }

  private static LicenseNormalizer normalizer(String id) {
    SourceDefinition source = source(id);
    return new LicenseNormalizer(
        source,
        source.dateFormatsFor(source.adapter(), source.allFiles().get(0).definition()),
        AS_OF,
        key -> List.of());
  }

  private static RawRecord row(String... pairs) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i].toLowerCase(), pairs[i + 1]);
    }
    return RawRecord.of("test", 1, values);
  }

  private static RawRecord washington(String status, String action) {
    RawRecord base =
        row(
            "credentialnumber",
            "MA60000001",
            "lastname",
            "Doe",
            "firstname",
            "Jane",
            "credentialtype",
            "Massage Therapist License",
            "status",
            status,
            "expirationdate",
            "20270101");
    Map<String, String> values = new HashMap<>(base.values());
    if (action != null) {
      values.put("actiontaken", action);
    }
    return RawRecord.of("test", 1, values);
  }

  private static NormalizedLicense loaded(Outcome<NormalizedLicense> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Loaded.class);
    return ((Outcome.Loaded<NormalizedLicense>) outcome).value();
  }

  @Test
  void anUnknownStatusWordLoadsAsUnknownNeverActiveAndIsCounted() {
    LicenseNormalizer normalizer = normalizer("us-wa-doh");
    NormalizedLicense license = loaded(normalizer.normalize(washington("UNLICENSED", "No")));
    assertThat(license.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(license.sourceStatus()).isEqualTo("UNLICENSED");
    assertThat(normalizer.unknownStatusWords()).containsEntry("UNLICENSED", 1);
  }

  @Test
  void statusWordsMatchIgnoringCase() {
    assertThat(loaded(normalizer("us-wa-doh").normalize(washington("active", "no"))).status())
        .isEqualTo(LicenseStatus.ACTIVE);
  }

  @Test
  void anAbsentDisciplineIndicatorMeansUnknownNotNone() {
    assertThat(
            loaded(normalizer("us-wa-doh").normalize(washington("ACTIVE", null)))
                .disciplineOnRecord())
        .isNull();
    assertThat(
            loaded(normalizer("us-wa-doh").normalize(washington("ACTIVE", "No")))
                .disciplineOnRecord())
        .isFalse();
  }

  @Test
  void aRowWithoutAnyNameIsQuarantinedAsMissingName() {
    Outcome<NormalizedLicense> outcome =
        normalizer("us-wa-doh")
            .normalize(
                row(
                    "credentialnumber",
                    "MA60000002",
                    "credentialtype",
                    "Massage Therapist License",
                    "status",
                    "ACTIVE"));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Quarantined.class,
            q -> {
              assertThat(q.reason()).isEqualTo(QuarantineReason.MISSING_NAME);
              assertThat(q.key()).isEqualTo("MA60000002");
            });
  }

  @Test
  void aNonMassageCredentialIsFiltered() {
    assertThat(
            normalizer("us-wa-doh")
                .normalize(
                    row("credentialnumber", "RN1", "credentialtype", "Registered Nurse License")))
        .isInstanceOf(Outcome.Filtered.class);
  }

  @Test
  void coloradoActiveVariantThatIsNotARestrictionIsUnknown() {
    NormalizedLicense license =
        loaded(
            normalizer("us-co-dora")
                .normalize(
                    row(
                        "licensetype",
                        "MT",
                        "licensenumber",
                        "1",
                        "lastname",
                        "Doe",
                        "firstname",
                        "Jo",
                        "licensestatusdescription",
                        "Active - Pending Renewal")));
    assertThat(license.status()).isEqualTo(LicenseStatus.UNKNOWN);
  }

  @Test
  void coloradoMissingLicenseTypeIsAMissingKeyField() {
    Outcome<NormalizedLicense> outcome =
        normalizer("us-co-dora")
            .normalize(
                row(
                    "licensetype",
                    "MT",
                    "lastname",
                    "Doe",
                    "firstname",
                    "Jo",
                    "licensestatusdescription",
                    "Active"));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Quarantined.class,
            q -> assertThat(q.reason()).isEqualTo(QuarantineReason.MISSING_KEY_FIELD));
  }

  @Test
  void floridaProbationWithActiveIsRestrictedAndTheFirstMatchingRuleWins() {
    LicenseNormalizer florida = normalizer("us-fl-mqa");
    assertThat(loaded(florida.normalize(florida("Probation", "Active"))).status())
        .isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(loaded(florida.normalize(florida("Revoked", "Active"))).status())
        .isEqualTo(LicenseStatus.REVOKED);
    assertThat(loaded(florida.normalize(florida("Clear", "Null and Void"))).status())
        .isEqualTo(LicenseStatus.EXPIRED);
    assertThat(loaded(florida.normalize(florida("Clear", "Deceased"))).status())
        .isEqualTo(LicenseStatus.DECEASED);
    assertThat(loaded(florida.normalize(florida("Mystery", "Active"))).status())
        .isEqualTo(LicenseStatus.UNKNOWN);
  }

  @Test
  void floridaBoardActionYesWithoutDetailsIsOneUndatedAction() {
    LicenseNormalizer florida = normalizer("us-fl-mqa");
    RawRecord row = florida("Probation", "Active");
    Map<String, String> values = new HashMap<>(row.values());
    values.put("board-action-indicator", "Y");
    NormalizedLicense license = loaded(florida.normalize(RawRecord.of("t", 1, values)));
    assertThat(license.disciplineOnRecord()).isTrue();
    assertThat(license.actions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(ActionKind.DISCIPLINE);
              assertThat(a.date()).isNull();
            });
  }

  @Test
  void texasStatusIsDerivedFromExpiryAndABlankExpiryIsUnknown() {
    LicenseNormalizer texas = normalizer("us-tx-tdlr");
    assertThat(loaded(texas.normalize(texas("07012026"))).status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(loaded(texas.normalize(texas("06302026"))).status())
        .isEqualTo(LicenseStatus.EXPIRED);
    NormalizedLicense blank = loaded(texas.normalize(texas(null)));
    assertThat(blank.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(blank.sourceStatus()).isNull();
  }

  @Test
  void aRepairedZipIsFlagged() {
    NormalizedLicense license =
        loaded(
            normalizer("us-ct-dcp")
                .normalize(
                    row(
                        "fullcredentialcode",
                        "73.000001",
                        "name",
                        "ANA B COLE",
                        "credential",
                        "Massage Therapist",
                        "status",
                        "ACTIVE",
                        "city",
                        "Essex",
                        "state",
                        "CT",
                        "zip",
                        "6426")));
    assertThat(license.postalCode()).isEqualTo("06426");
    assertThat(license.flags()).contains(LicenseFlag.ZIP_REPAIRED);
  }

  @Test
  void anImpossibleDateInAColumnThatIsOnlyValidatedStillQuarantines() {
    Outcome<NormalizedLicense> outcome =
        normalizer("us-ct-dcp")
            .normalize(
                row(
                    "fullcredentialcode",
                    "73.000001",
                    "name",
                    "ANA B COLE",
                    "credential",
                    "Massage Therapist",
                    "status",
                    "ACTIVE",
                    "effectivedate",
                    "2026-02-30T00:00:00.000"));
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Quarantined.class,
            q -> assertThat(q.reason()).isEqualTo(QuarantineReason.INVALID_DATE));
  }

  private static RawRecord florida(String part1, String part2) {
    return row(
        "Profession-Name",
        "Massage Therapist",
        "Rank-Code",
        "MA",
        "License-Number",
        "1",
        "Last-Name",
        "DOE",
        "First-Name",
        "JO",
        "License-Status-Description",
        part1,
        "License-Active-Status-Description",
        part2);
  }

  private static RawRecord texas(String expiry) {
    Map<String, String> values =
        new HashMap<>(
            row(
                    "LICENSE TYPE",
                    "Massage Therapist",
                    "LICENSE NUMBER",
                    "MT1",
                    "OWNER NAME",
                    "DOE, JO")
                .values());
    if (expiry != null) {
      values.put("license expiration date (mmddccyy)", expiry);
    }
    return RawRecord.of("t", 1, values);
  }
}
