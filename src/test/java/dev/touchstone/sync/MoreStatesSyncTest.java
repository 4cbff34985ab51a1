package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.verification.ReasonCode;
import dev.touchstone.verification.Verdict;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.Verifier;
import io.micronaut.data.model.Sort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The states added from FORMATS.md section 12, each synced over HTTP from a file in its board's
 * published format: Illinois (Socrata, massage rows found by description text, discipline on the
 * row), Ohio (the eLicense CSV export, names as LAST, FIRST MIDDLE), Delaware (two Socrata
 * datasets, the register of actions joined to the licenses by number) and Missouri (a ZIP holding a
 * tab-delimited TXT).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MoreStatesSyncTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();
  private final Map<String, SyncRun> runs = new HashMap<>();

  @Inject SyncService sync;
  @Inject LicenseQueries licenses;
  @Inject QuarantinedRecordRepository quarantine;
  @Inject Verifier verifier;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncTheNewStates() {
    // The exclusion list too: a verdict without it is "couldn't check", never VERIFIED.
    for (String id : List.of("us-oig-leie", "us-il-idfpr", "us-oh-smb", "us-de-dpr", "us-mo-pr")) {
      runs.put(id, sync.run(id));
    }
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

  private List<String> quarantineReasons(String source) {
    return quarantine.findBySyncRunId(runs.get(source).id(), Sort.unsorted()).stream()
        .map(QuarantinedRecord::reason)
        .toList();
  }

  private Verification verify(String name, String state, String number) {
    return verifier.verify(new VerificationRequest(name, state, number, null));
  }

  @Test
  void illinoisLoadsItsMassageTherapistsAndNothingElse() {
    assertThat(runs.get("us-il-idfpr"))
        .extracting(SyncRun::outcome, SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(SyncOutcome.PARTIAL, 7, 1, 1);
    assertThat(quarantineReasons("us-il-idfpr")).containsExactly("invalid_date");
    assertThat(licenses.find("IL", "193012345")).as("a nail technician").isEmpty();
    LicenseView license = license("IL", "227034567");
    assertThat(license.licenseType()).isEqualTo(LicenseType.MASSAGE_THERAPIST);
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.name().full()).isEqualTo("MARISOL T ECHEVERRIA");
    assertThat(license.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(license.city()).isEqualTo("CHICAGO");
    assertThat(license.disciplineOnRecord()).isFalse();
  }

  @Test
  void illinoisNumbersAreFoundWithOrWithoutTheirPrefixAndPadding() {
    assertThat(license("IL", "227.000815").name().suffix()).isEqualTo("JR");
    assertThat(license("IL", "000815").licenseNumber()).isEqualTo("227000815");
    assertThat(license("IL", "815").licenseNumber()).isEqualTo("227000815");
  }

  @Test
  void illinoisDisciplineOnTheRowIsAnActionWithTheBoardsReason() {
    LicenseView license = license("IL", "227018442");
    assertThat(license.status()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(license.disciplineOnRecord()).isTrue();
    assertThat(license.disciplinaryActions())
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.kind()).isEqualTo(ActionKind.DISCIPLINE);
              assertThat(action.action()).isEqualTo("REVOKED");
              assertThat(action.date()).isEqualTo(LocalDate.of(2024, 8, 20));
              assertThat(action.description()).isEqualTo("SEXUAL MISCONDUCT WITH A CLIENT");
            });
    assertThat(license("IL", "227041120").status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(license("IL", "227029981").status()).isEqualTo(LicenseStatus.EXPIRED);
  }

  @Test
  void anIllinoisPatientGetsAVerdictFromTheBoardsData() {
    Verification active = verify("Marisol Echeverria", "IL", "227034567");
    assertThat(active.verdict()).as(active.reasons().toString()).isEqualTo(Verdict.VERIFIED);
    Verification suspended = verify("Yolanda Briscoe", "IL", "227037702");
    assertThat(suspended.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    assertThat(suspended.reasons())
        .extracting(r -> r.code())
        .contains(ReasonCode.LICENSE_SUSPENDED);
  }

  @Test
  void ohioLoadsTheMedicalBoardsMassageTherapists() {
    assertThat(runs.get("us-oh-smb"))
        .extracting(SyncRun::outcome, SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(SyncOutcome.PARTIAL, 7, 1, 1);
    assertThat(quarantineReasons("us-oh-smb")).containsExactly("invalid_date");
    assertThat(licenses.find("OH", "35.145522")).as("a physician").isEmpty();
    LicenseView license = license("OH", "33.020310");
    assertThat(license.name())
        .extracting(LicenseView.Name::first, LicenseView.Name::middle, LicenseView.Name::last)
        .containsExactly("RENATA", "M", "KOWALCZYK");
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.issuedOn()).isEqualTo(LocalDate.of(2016, 3, 14));
    assertThat(license.city()).isEqualTo("Columbus");
    assertThat(license.postalCode()).isEqualTo("43215");
    assertThat(license.disciplineOnRecord()).isFalse();
  }

  @Test
  void ohioNamesSplitASuffixFromTheLastNameAndKeepAccentsAndApostrophes() {
    assertThat(license("OH", "33.024471").name())
        .extracting(LicenseView.Name::first, LicenseView.Name::last, LicenseView.Name::suffix)
        .containsExactly("CLARENCE", "WASHINGTON", "JR");
    assertThat(license("OH", "33.026007").name().full()).isEqualTo("ANA LUCÍA MÉNDEZ");
    assertThat(license("OH", "33.018844").name().last()).isEqualTo("O'DONNELL");
  }

  @Test
  void ohioActiveOnProbationIsRestrictedWithTheBoardsActionFlag() {
    LicenseView license = license("OH", "33.018844");
    assertThat(license.status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(license.sourceStatus()).isEqualTo("Active / Probation");
    assertThat(license.disciplineOnRecord()).isTrue();
    assertThat(license.disciplinaryActions())
        .extracting(LicenseView.ActionView::action)
        .containsExactly("Board action on file");
    assertThat(license("OH", "33.011190").status()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(license("OH", "33.019930").status()).isEqualTo(LicenseStatus.INACTIVE);
  }

  @Test
  void ohioNumbersAreFoundWithoutTheBoardsPrefixOrDot() {
    assertThat(license("OH", "33020310").licenseNumber()).isEqualTo("33.020310");
    assertThat(license("OH", "020310").licenseNumber()).isEqualTo("33.020310");
    assertThat(license("OH", "20310").licenseNumber()).isEqualTo("33.020310");
  }

  @Test
  void anOhioZipThatLostItsLeadingZeroIsRepairedAndFlagged() {
    LicenseView license = license("OH", "33.026007");
    assertThat(license.postalCode()).isEqualTo("04520");
    assertThat(license.flags()).contains(LicenseFlag.ZIP_REPAIRED);
  }

  @Test
  void anOhioPatientGetsAVerdictFromTheBoardsData() {
    assertThat(verify("Renata Kowalczyk", "OH", "33.020310").verdict()).isEqualTo(Verdict.VERIFIED);
    assertThat(verify("Brendan O'Donnell", "OH", "33.018844").verdict()).isEqualTo(Verdict.CAUTION);
    assertThat(verify("Karl Bauer", "OH", "33.011190").verdict()).isEqualTo(Verdict.NOT_VERIFIED);
  }

  @Test
  void delawareLoadsTheMassageBoardsLicensesFromTheLicensingDataset() {
    assertThat(runs.get("us-de-dpr"))
        .extracting(SyncRun::outcome, SyncRun::inserted, SyncRun::quarantined)
        .containsExactly(SyncOutcome.PARTIAL, 6, 2);
    assertThat(quarantineReasons("us-de-dpr")).containsExactly("invalid_date", "invalid_date");
    assertThat(licenses.find("DE", "L1-0055996")).as("a nurse").isEmpty();
    LicenseView technician = license("DE", "CM-0001342");
    assertThat(technician.licenseType()).isEqualTo(LicenseType.MASSAGE_THERAPIST);
    assertThat(technician.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(technician.name().full()).isEqualTo("Thao Nguyen");
    assertThat(technician.expiresOn()).isEqualTo(LocalDate.of(2027, 8, 31));
    assertThat(technician.disciplineOnRecord()).as("not in the register of actions").isFalse();
    LicenseView delinquent = license("DE", "MT-0008012");
    assertThat(delinquent.status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(delinquent.issuedOn()).as("a real leap day").isEqualTo(LocalDate.of(2016, 2, 29));
    LicenseView spa = license("DE", "ME-0000417");
    assertThat(spa.licenseType()).isEqualTo(LicenseType.MASSAGE_ESTABLISHMENT);
    assertThat(spa.name().full()).isEqualTo("Serenity Day Spa LLC");
  }

  @Test
  void delawareActionsFromTheSecondDatasetAreJoinedToTheirLicenses() {
    LicenseView probation = license("DE", "MT-0006120");
    assertThat(probation.status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(probation.disciplineOnRecord()).isTrue();
    assertThat(probation.disciplinaryActions())
        .extracting(LicenseView.ActionView::kind, LicenseView.ActionView::action, a -> a.date())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                ActionKind.DISCIPLINE, "Probation", LocalDate.of(2025, 11, 4)),
            org.assertj.core.groups.Tuple.tuple(
                ActionKind.DISCIPLINE, "Fine", LocalDate.of(2025, 11, 4)));
    assertThat(license("DE", "MT-0005531").disciplinaryActions())
        .extracting(LicenseView.ActionView::action)
        .containsExactly("Revocation");
  }

  @Test
  void aDelawareLicenseWhoseOnlyActionCouldNotBeReadIsNeverShownAsClean() {
    LicenseView license = license("DE", "MT-0007788");
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.flags()).contains(LicenseFlag.INCOMPLETE_RECORD);
    Verification verification = verify("Colleen Abernathy", "DE", "MT-0007788");
    assertThat(verification.verdict()).isEqualTo(Verdict.CAUTION);
    assertThat(verification.reasons())
        .extracting(r -> r.code())
        .contains(ReasonCode.RECORD_INCOMPLETE);
  }

  @Test
  void delawareNumbersAreFoundWithoutTheirDashOrPadding() {
    assertThat(license("DE", "MT7788").licenseNumber()).isEqualTo("MT-0007788");
    assertThat(license("DE", "7788").licenseNumber()).isEqualTo("MT-0007788");
  }

  @Test
  void aDelawarePatientGetsAVerdictFromTheBoardsData() {
    Verification technician = verify("Thao Nguyen", "DE", "CM-0001342");
    assertThat(technician.verdict())
        .as(technician.reasons().toString())
        .isEqualTo(Verdict.VERIFIED);
    assertThat(verify("Desmond Pritchard", "DE", "MT-0006120").verdict())
        .isEqualTo(Verdict.CAUTION);
    assertThat(verify("Ingrid Halvorsen", "DE", "MT-0005531").verdict())
        .isEqualTo(Verdict.NOT_VERIFIED);
  }

  @Test
  void missouriIsReadFromTheMassageEntryOfItsZip() {
    assertThat(runs.get("us-mo-pr"))
        .extracting(SyncRun::outcome, SyncRun::inserted, SyncRun::quarantined)
        .containsExactly(SyncOutcome.PARTIAL, 6, 1);
    assertThat(quarantineReasons("us-mo-pr")).containsExactly("invalid_date");
    LicenseView license = license("MO", "2015033004");
    assertThat(license.licenseType()).isEqualTo(LicenseType.MASSAGE_THERAPIST);
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.name().full()).isEqualTo("ELEANOR J WHITFIELD");
    assertThat(license.city()).isEqualTo("KANSAS CITY");
    assertThat(license.expiresOn()).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(license.disciplineOnRecord()).isFalse();
    assertThat(license.toString()).doesNotContain("4410 MAIN", "SUITE 200");
    assertThat(license("MO", "2020007731").issuedOn()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(license("MO", "2020007731").name().last()).isEqualTo("NÚÑEZ");
    assertThat(license("MO", "S2025001120").licenseType()).isEqualTo(LicenseType.STUDENT_PERMIT);
  }

  @Test
  void missouriStatusesAndDisciplineComeFromTheBoardsColumns() {
    LicenseView probation = license("MO", "2009017781");
    assertThat(probation.status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(probation.name().suffix()).isEqualTo("JR");
    assertThat(probation.postalCode()).isEqualTo("63101");
    assertThat(probation.disciplineOnRecord()).isTrue();
    assertThat(license("MO", "2018004412").status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(license("MO", "2012021190").status()).isEqualTo(LicenseStatus.REVOKED);
  }

  @Test
  void aMissouriPatientGetsAVerdictFromTheBoardsData() {
    Verification active = verify("Eleanor Whitfield", "MO", "2015033004");
    assertThat(active.verdict()).as(active.reasons().toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(verify("Marcus Delacroix", "MO", "2009017781").verdict()).isEqualTo(Verdict.CAUTION);
    assertThat(verify("Dwayne O'Connell", "MO", "2012021190").verdict())
        .isEqualTo(Verdict.NOT_VERIFIED);
    assertThat(verify("Owen Farris", "MO", "S2025001120").verdict())
        .as("a student may not practice on the public")
        .isNotEqualTo(Verdict.VERIFIED);
  }
}
