package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.database.Database;
import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import io.micronaut.data.model.Sort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every source, synced from its real-format fixture over HTTP, as the samples' README says it
 * should load.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleSourcesSyncTest implements TestPropertyProvider {
  private static final List<String> SOURCES =
      List.of(
          "us-wa-doh",
          "us-co-dora",
          "us-ct-dcp",
          "us-tx-tdlr",
          "us-fl-mqa",
          "us-npi-nppes",
          "us-oig-leie",
          "us-or-obmt");

  private final BoardServer boards = SampleBoards.start();
  private final Map<String, SyncRun> runs = new HashMap<>();

  @Inject SyncService sync;
  @Inject LicenseQueries licenses;
  @Inject QuarantinedRecordRepository quarantine;
  @Inject Database database;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncEverySource() {
    SOURCES.forEach(id -> runs.put(id, sync.run(id)));
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private LicenseView license(String jurisdiction, String number) {
    return licenses
        .find(jurisdiction, number)
        .orElseThrow(() -> new AssertionError("no license " + jurisdiction + " " + number));
  }

  @Test
  void everySourceCommitsWithTheSamplesCounts() {
    // WA: the nurse and the intraoral massage endorsement filtered; CT: the nurse's neighbor and an
    // APPROVED application.
    assertThat(runs.get("us-wa-doh"))
        .extracting(SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(15, 2, 1);
    assertThat(runs.get("us-co-dora"))
        .extracting(SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(11, 1, 1);
    assertThat(runs.get("us-ct-dcp"))
        .extracting(SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(12, 2, 1);
    assertThat(runs.get("us-tx-tdlr"))
        .extracting(SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(12, 1, 1);
    assertThat(runs.get("us-fl-mqa"))
        .extracting(SyncRun::inserted, SyncRun::quarantined)
        .containsExactly(10, 2);
    assertThat(runs.get("us-oig-leie"))
        .extracting(SyncRun::inserted, SyncRun::quarantined)
        .containsExactly(9, 1);
    assertThat(runs.get("us-npi-nppes"))
        .extracting(SyncRun::outcome, SyncRun::inserted)
        .containsExactly(SyncOutcome.SUCCEEDED, 1);
    assertThat(runs.get("us-or-obmt"))
        .extracting(SyncRun::outcome, SyncRun::fetched, SyncRun::inserted)
        .containsExactly(SyncOutcome.SUCCEEDED, 6, 5);
    assertThat(runs.values())
        .allSatisfy(
            run -> assertThat(run.outcome()).isIn(SyncOutcome.SUCCEEDED, SyncOutcome.PARTIAL));
  }

  @Test
  void oregonsLookupPagesLoadAsLicensesWithTheirOwnPagesAsEvidence() {
    LicenseView clara = license("OR", "24117");
    assertThat(clara.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(clara)
        .extracting(l -> l.issuedOn().toString(), l -> l.expiresOn().toString(), LicenseView::city)
        .containsExactly("2016-06-14", "2027-05-31", "Portland");
    assertThat(clara.detailUrl()).endsWith("/LicenseLookup/detail-24117.html");
    assertThat(clara.disciplineOnRecord()).isFalse();
    assertThat(license("OR", "27740").status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(license("OR", "F1021").name().organization()).isTrue();
    assertThat(license("OR", "30552").name().last()).isEqualTo("Nguyễn");
  }

  @Test
  void anOregonLicenseWithTwoBoardActionsOnItsPageHasBoth() {
    LicenseView oskar = license("OR", "18803");
    assertThat(oskar.status()).isEqualTo(LicenseStatus.SUSPENDED);
    assertThat(oskar.disciplineOnRecord()).isTrue();
    assertThat(oskar.disciplinaryActions())
        .extracting(LicenseView.ActionView::action, a -> a.date().toString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Emergency Suspension", "2026-04-22"),
            org.assertj.core.groups.Tuple.tuple(
                "Stipulated Order - Civil Penalty $500", "2022-09-15"));
    assertThat(oskar.disciplinaryActions())
        .extracting(LicenseView.ActionView::description)
        .containsOnlyNulls();
  }

  @Test
  void quarantinedRowsAreListedWithFileRowAndReason() {
    List<QuarantinedRecord> rows =
        quarantine.findBySyncRunId(runs.get("us-wa-doh").id(), Sort.unsorted());
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.reason()).isEqualTo("invalid_date");
              assertThat(row.rowNumber()).isEqualTo(8);
              assertThat(row.detail()).contains("20260229").contains("LMTMA60719945");
            });
  }

  @Test
  void aQuarantinedOrFilteredRowIsNotPublished() {
    assertThat(licenses.find("WA", "MA60719945")).isEmpty();
    assertThat(licenses.find("WA", "RN60834512")).isEmpty();
    assertThat(licenses.find("WA", "RN.RN.60834512")).isEmpty();
    assertThat(licenses.find("CO", "PT.18845")).isEmpty();
    assertThat(licenses.find("TX", "215390")).isEmpty();
  }

  @Test
  void washingtonKeepsAccentsApostrophesAndSplitsASuffixFromTheLastName() {
    assertThat(license("WA", "MA60475019").name())
        .extracting(LicenseView.Name::first, LicenseView.Name::last)
        .containsExactly("Thérèse", "Lemaître");
    assertThat(license("WA", "MA60391552").name().last()).isEqualTo("O'Donnell");
    assertThat(license("WA", "MA60033907").name())
        .extracting(LicenseView.Name::last, LicenseView.Name::suffix)
        .containsExactly("Lockhart", "JR");
  }

  @Test
  void washingtonActionTakenYesIsOneUndatedDisciplinaryAction() {
    LicenseView revoked = license("WA", "MA60307716");
    assertThat(revoked.status()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(revoked.disciplineOnRecord()).isTrue();
    assertThat(revoked.disciplinaryActions())
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.kind()).isEqualTo(ActionKind.DISCIPLINE);
              assertThat(action.date()).isNull();
            });
    assertThat(license("WA", "MA60218734").disciplineOnRecord()).isFalse();
  }

  @Test
  void washingtonRetiredIsInactive() {
    assertThat(license("WA", "MA60560083").status()).isEqualTo(LicenseStatus.INACTIVE);
    assertThat(license("WA", "MA60560083").sourceStatus()).isEqualTo("Retired");
  }

  @Test
  void washingtonStoresTheHelmsNumberAndFindsItByThePrePrintedForm() {
    LicenseView license = license("WA", "MA60218734");
    assertThat(license.licenseNumber()).isEqualTo("LMT.MA.60218734");
    assertThat(license("WA", "LMT.MA.60218734").licenseNumber()).isEqualTo("LMT.MA.60218734");
    assertThat(license("WA", "lmt ma 60218734").licenseNumber()).isEqualTo("LMT.MA.60218734");
    assertThat(license("WA", "MA.60218734").licenseNumber()).isEqualTo("LMT.MA.60218734");
  }

  @Test
  void washingtonIsoDatesReadLikeTheOldOnes() {
    LicenseView license = license("WA", "LMT.MA.60391552");
    assertThat(license)
        .extracting(l -> l.issuedOn().toString(), l -> l.expiresOn().toString())
        .containsExactly("2019-02-14", "2027-02-14");
  }

  @Test
  void washingtonMixedCaseWordsMapDeliberately() {
    assertThat(license("WA", "LMT.MA.61139052").status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(license("WA", "LMT.MA.61139052").disciplineOnRecord()).isTrue();
    assertThat(license("WA", "LMT.MA.61250318").status()).isEqualTo(LicenseStatus.SUSPENDED);
    assertThat(license("WA", "LMT.MA.61388840").status()).isEqualTo(LicenseStatus.SURRENDERED);
    LicenseView msl = license("WA", "LMT.MA.61477215");
    assertThat(msl.sourceStatus()).isEqualTo("Expired – Active MSL");
    assertThat(msl.status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(String.valueOf(runs.get("us-wa-doh").warnings()))
        .doesNotContain("maps to no known status");
  }

  @Test
  void washingtonPendingActionIsAnAllegationNotDisciplineAndNotNone() {
    LicenseView license = license("WA", "LMT.MA.61024477");
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.disciplineOnRecord()).isFalse();
    assertThat(license.disciplinaryActions())
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.kind()).isEqualTo(ActionKind.COMPLAINT);
              assertThat(action.action()).isEqualTo("Action pending");
            });
  }

  @Test
  void washingtonEndorsementIsNotALicense() {
    assertThat(licenses.find("WA", "IME.ME.61300001")).isEmpty();
    assertThat(runs.get("us-wa-doh").warnings())
        .contains("Massage Therapist Intraoral Endorsement=1");
  }

  @Test
  void coloradoLoadsMilitarySpouseMassageTherapists() {
    LicenseView license = license("CO", "MSMT.50211");
    assertThat(license.licenseType()).isEqualTo(LicenseType.MASSAGE_THERAPIST);
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.name().last()).isEqualTo("Achebe");
  }

  @Test
  void coloradoChargesFiledWithTheCourtsAreAllegationsNotDiscipline() {
    LicenseView license = license("CO", "MT.48857");
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.disciplineOnRecord()).isFalse();
    assertThat(license.disciplinaryActions())
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.kind()).isEqualTo(ActionKind.COMPLAINT);
              assertThat(action.action()).isEqualTo("Formal Complaint-Charges with OAC");
            });
  }

  @Test
  void coloradoRealStatusWordsMap() {
    assertThat(license("CO", "MT.27731").status()).isEqualTo(LicenseStatus.SURRENDERED);
    assertThat(license("CO", "MT.39420").sourceStatus()).isEqualTo("Active - With Conditions");
  }

  @Test
  void connecticutRealStatusesMapAndApplicationsAreNotLicenses() {
    assertThat(license("CT", "73.008214").status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license("CT", "73.008377").status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(license("CT", "73.008519").status()).isEqualTo(LicenseStatus.INACTIVE);
    assertThat(licenses.find("CT", "73.008455")).isEmpty();
    assertThat(runs.get("us-ct-dcp").warnings()).contains("not a license (status APPROVED)=1");
  }

  @Test
  void aTexasStudentPermitLoadsAsAPermitNeverAsATherapistLicense() {
    LicenseView permit = license("TX", "MP204118");
    assertThat(permit.licenseType()).isEqualTo(LicenseType.STUDENT_PERMIT);
    assertThat(permit.name().last()).isEqualTo("QUINTERO");
  }

  @Test
  void aTexasLicenseWithoutAnExpiryDateIsUnknownAndSaysTheBoardGivesNone() {
    LicenseView license = license("TX", "MT145530");
    assertThat(license.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(license.expiresOn()).isNull();
    assertThat(license.flags()).contains(dev.touchstone.registry.LicenseFlag.EXPIRATION_MISSING);
  }

  @Test
  void floridaUsesTheRealProfessionCodesInItsDetailLinks() {
    assertThat(license("FL", "MA72915").detailUrl()).endsWith("ProCde=1401");
    assertThat(license("FL", "MM41877").detailUrl()).endsWith("ProCde=1402");
  }

  @Test
  void coloradoMergesOneRowPerCaseIntoOneLicenseWithEveryCase() {
    LicenseView license = license("CO", "MT.37809");
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.disciplinaryActions())
        .extracting(LicenseView.ActionView::caseNumber)
        .containsExactly("2023-000466", "2020-001874");
    assertThat(license.disciplinaryActions().get(1).description())
        .isEqualTo("completed 2020-09-01");
  }

  @Test
  void coloradoActiveWithConditionsIsRestrictedWithAnOpenProbation() {
    LicenseView license = license("CO", "MT.39420");
    assertThat(license.status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(license.postalCode()).isEqualTo("80110");
    assertThat(license.disciplinaryActions())
        .singleElement()
        .extracting(LicenseView.ActionView::action, LicenseView.ActionView::description)
        .containsExactly("Probation", "open");
  }

  @Test
  void coloradoLookupIgnoresLeadingZerosAPrintedLicenseMayShow() {
    assertThat(license("CO", "MT.0041236").licenseNumber()).isEqualTo("MT.41236");
    assertThat(license("CO", "mt41236").city()).isEqualTo("Littleton");
  }

  @Test
  void coloradoKeepsTheBoardsVerifyLink() {
    assertThat(license("CO", "MT.41236").detailUrl())
        .startsWith("https://www.colorado.gov/dora/licensing/Lookup/PrintLicenseDetails.aspx");
  }

  @Test
  void connecticutParsesFirstMiddleLastSuffixAndRefinesInactiveByItsReason() {
    assertThat(license("CT", "73.005390").name())
        .extracting(
            LicenseView.Name::first,
            LicenseView.Name::middle,
            LicenseView.Name::last,
            LicenseView.Name::suffix)
        .containsExactly("DWAYNE", "K", "MITCHELL", "SR");
    assertThat(license("CT", "73.003310").status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(license("CT", "73.003675").status()).isEqualTo(LicenseStatus.INACTIVE);
  }

  @Test
  void connecticutSentinelDateIsNullNotQuarantined() {
    LicenseView license = license("CT", "73.001944");
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.issuedOn()).hasToString("2002-10-14");
  }

  @Test
  void connecticutZipPlusFourKeepsFiveDigitsWithTheLeadingZero() {
    assertThat(license("CT", "73.006102").postalCode()).isEqualTo("06320");
    assertThat(license("CT", "73.004821").postalCode()).isEqualTo("06107");
  }

  @Test
  void texasDerivesStatusFromTheExpiryDateOnTheSyncDate() {
    assertThat(license("TX", "MT142207").status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license("TX", "MT142207").sourceStatus()).isNull();
    assertThat(license("TX", "MT099418").status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(license("TX", "MT101552").status()).isEqualTo(LicenseStatus.EXPIRED);
  }

  @Test
  void texasEstablishmentIsLicensedToTheBusinessNotTheOwner() {
    LicenseView establishment = license("TX", "ME005531");
    assertThat(establishment.licenseType()).isEqualTo(LicenseType.MASSAGE_ESTABLISHMENT);
    assertThat(establishment.name().full()).isEqualTo("STILLWATER THERAPEUTICS, LLC");
    assertThat(establishment.name().organization()).isTrue();
    assertThat(establishment.name().last()).isNull();
    assertThat(establishment)
        .extracting(LicenseView::city, LicenseView::state, LicenseView::postalCode)
        .containsExactly("HOUSTON", "TX", "77098");
  }

  @Test
  void texasOwnerNameSplitsAtTheCommaWithSuffixAndMiddleName() {
    assertThat(license("TX", "MT138860").name())
        .extracting(LicenseView.Name::last, LicenseView.Name::first, LicenseView.Name::suffix)
        .containsExactly("JEFFERSON", "CLAYTON", "III");
    assertThat(license("TX", "MT143305").name())
        .extracting(LicenseView.Name::first, LicenseView.Name::middle)
        .containsExactly("LUZ", "ELENA");
  }

  @Test
  void floridaResolvesTwoPartStatuses() {
    assertThat(license("FL", "MA72915").sourceStatus()).isEqualTo("Clear / Active");
    assertThat(license("FL", "MA80462").status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(license("FL", "MA61378").status()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(license("FL", "MA83190").status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(license("FL", "MA79930").status()).isEqualTo(LicenseStatus.SUSPENDED);
    assertThat(license("FL", "MA42118").status()).isEqualTo(LicenseStatus.INACTIVE);
  }

  @Test
  void floridaComplaintIsAnAllegationNotDiscipline() {
    LicenseView license = license("FL", "MA72915");
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.disciplineOnRecord()).isFalse();
    assertThat(license.disciplinaryActions())
        .singleElement()
        .extracting(LicenseView.ActionView::kind)
        .isEqualTo(ActionKind.COMPLAINT);
  }

  @Test
  void floridaFinalOrderIsDisciplineDatedByTheCaseActivity() {
    LicenseView license = license("FL", "MA80462");
    assertThat(license.disciplinaryActions())
        .extracting(LicenseView.ActionView::kind, a -> a.date().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ActionKind.DISCIPLINE, "2025-02-10"),
            org.assertj.core.groups.Tuple.tuple(ActionKind.COMPLAINT, "2023-09-12"));
  }

  @Test
  void floridaDecodesLatin1AndPrefersThePracticeAddress() {
    assertThat(license("FL", "MA88017").name().last()).isEqualTo("NÚÑEZ");
    assertThat(license("FL", "MA72915"))
        .extracting(LicenseView::city, LicenseView::postalCode)
        .containsExactly("CAPE CORAL", "33990");
  }

  @Test
  void floridaBusinessComplaintAttachesWithoutSplittingTheNameAtTheComma() {
    LicenseView establishment = license("FL", "MM41877");
    assertThat(establishment.name().full()).isEqualTo("SEAGRAPE MASSAGE STUDIO, LLC");
    assertThat(establishment.disciplinaryActions())
        .singleElement()
        .extracting(LicenseView.ActionView::kind)
        .isEqualTo(ActionKind.COMPLAINT);
  }

  @Test
  void nppesCorroboratesAFloridaLicenseByItsDeclaredNumber() {
    assertThat(license("FL", "MA72915").npis()).containsExactly("1582034173");
    assertThat(license("FL", "MA72915").status()).isEqualTo(LicenseStatus.ACTIVE);
  }

  @Test
  void exclusionListLoadsEveryRowWithoutTheDateOfBirth() {
    List<String> rows =
        database.read(
            connection -> {
              List<String> found = new ArrayList<>();
              try (PreparedStatement select =
                      connection.prepareStatement(
                          "SELECT last_name, npi, exclusion_type, excluded_on, reinstated_on, postal_code FROM exclusion ORDER BY excluded_on");
                  ResultSet result = select.executeQuery()) {
                while (result.next()) {
                  found.add(
                      result.getString(1)
                          + "|"
                          + result.getString(2)
                          + "|"
                          + result.getString(3)
                          + "|"
                          + result.getString(4)
                          + "|"
                          + result.getString(5)
                          + "|"
                          + result.getString(6));
                }
              }
              return found;
            });
    assertThat(rows)
        .hasSize(9)
        .contains(
            "GRANTHAM|null|1128b4|2024-09-17|null|32501",
            "KESTREL|1369402585|1128a1|2025-03-12|null|78209",
            "O'HARE|null|1128b4|2021-11-09|null|02127",
            "VOSS|null|1128a2|2020-01-14|null|40507");
    String columns =
        database.read(
            connection -> {
              try (ResultSet result =
                  connection.getMetaData().getColumns(null, null, "EXCLUSION", null)) {
                StringBuilder names = new StringBuilder();
                while (result.next()) {
                  names.append(result.getString("COLUMN_NAME")).append(' ');
                }
                return names.toString();
              }
            });
    assertThat(columns).doesNotContainIgnoringCase("dob").doesNotContainIgnoringCase("birth");
  }

  @Test
  void aSecondUnchangedSyncWritesNothing() {
    List<String> before = dev.touchstone.support.RegistryDump.of(database);
    SyncRun again = sync.run("us-co-dora");
    assertThat(again)
        .extracting(SyncRun::inserted, SyncRun::updated, SyncRun::unchanged, SyncRun::unpublished)
        .containsExactly(0, 0, 11, 0);
    List<String> after = dev.touchstone.support.RegistryDump.of(database);
    assertThat(after.stream().filter(row -> !row.startsWith("source:")).toList())
        .isEqualTo(before.stream().filter(row -> !row.startsWith("source:")).toList());
  }
}
