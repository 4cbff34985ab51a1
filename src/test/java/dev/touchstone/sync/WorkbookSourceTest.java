package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.MichiganWorkbook;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.verification.ReasonCode;
import dev.touchstone.verification.Verdict;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.Verifier;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Sort;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Michigan's monthly XLSX list, read by its header's titles with real date cells, never its home
 * street or e-mail columns; and the snapshot guard for a workbook with the wrong sheet or header.
 */
class WorkbookSourceTest {
  private static final String MICHIGAN = "/lara/M-O.xlsx";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;
  private LicenseQueries licenses;
  private SyncRun first;

  @BeforeEach
  void syncOnce() {
    boards = SampleBoards.start();
    context = ApplicationContext.run(new HashMap<>(SampleBoards.properties(boards)), "test");
    sync = context.getBean(SyncService.class);
    licenses = context.getBean(LicenseQueries.class);
    sync.run("us-oig-leie");
    first = sync.run("us-mi-lara");
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  private LicenseView license(String number) {
    return licenses.find("MI", number).orElseThrow();
  }

  private Verification verify(String name, String number) {
    return context
        .getBean(Verifier.class)
        .verify(new VerificationRequest(name, "MI", number, null));
  }

  @Test
  void theListLoadsItsMassageTherapistsFromTheHeaderBelowTheTitleLine() {
    assertThat(first)
        .extracting(SyncRun::outcome, SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(SyncOutcome.PARTIAL, 4, 1, 1);
    assertThat(
            context
                .getBean(QuarantinedRecordRepository.class)
                .findBySyncRunId(first.id(), Sort.unsorted()))
        .extracting(QuarantinedRecord::reason)
        .containsExactly("invalid_date");
    LicenseView license = license("7501044020");
    assertThat(license.licenseType()).isEqualTo(LicenseType.MASSAGE_THERAPIST);
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.name().full()).isEqualTo("Astrid M Lindgren");
    assertThat(license.issuedOn()).isEqualTo(LocalDate.of(2014, 5, 2));
    assertThat(license.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(license.city()).isEqualTo("Grand Rapids");
    assertThat(license.source().activeOnly()).isTrue();
    assertThat(license("044020").licenseNumber())
        .as("typed without the prefix")
        .isEqualTo("7501044020");
    assertThat(license("7501072245").issuedOn()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void theHomeStreetAndEmailColumnsAreNeverRead() {
    List<String> stored = new ArrayList<>();
    for (String number : List.of("7501044020", "7501051177", "7501060309", "7501072245")) {
      stored.add(license(number).toString());
    }
    assertThat(String.join("\n", stored)).doesNotContain("Cherry Blossom", "@example.net");
    assertThat(first.toString()).doesNotContain("Cherry Blossom", "@example.net");
  }

  @Test
  void statusesComeFromTheBoardsWords() {
    assertThat(license("7501051177").status()).isEqualTo(LicenseStatus.RESTRICTED);
    assertThat(license("7501051177").name().suffix()).isEqualTo("JR");
    assertThat(license("7501060309").status()).isEqualTo(LicenseStatus.SUSPENDED);
    LicenseView lateRenewal = license("7501072245");
    assertThat(lateRenewal.status()).isEqualTo(LicenseStatus.UNKNOWN);
    assertThat(lateRenewal.sourceStatus()).isEqualTo("Active - In Late Renewal");
    assertThat(verify("Renée Beauchamp", "7501072245").verdict()).isEqualTo(Verdict.CAUTION);
  }

  @Test
  void aMichiganPatientGetsAVerdictOrHearsTheNameIsNotOnTheActiveList() {
    Verification active = verify("Astrid Lindgren", "7501044020");
    assertThat(active.verdict()).as(active.reasons().toString()).isEqualTo(Verdict.VERIFIED);
    assertThat(verify("Joanna Kowalski", "7501060309").verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    Verification absent = verify("Gideon Marsh", null);
    assertThat(absent.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    assertThat(absent.reasons()).extracting(r -> r.code()).contains(ReasonCode.NOT_ON_ACTIVE_LIST);
  }

  private void assertRunFailsAndRegistryStays(String error) {
    SyncRun run = sync.run("us-mi-lara");
    assertThat(run.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(run.error()).contains(error);
    assertThat(license("7501044020").published()).isTrue();
    assertThat(license("7501060309").status()).isEqualTo(LicenseStatus.SUSPENDED);
  }

  @Test
  void aWorkbookWithTheWrongHeaderFailsTheRun() {
    List<String> renamed = new ArrayList<>(MichiganWorkbook.HEADER);
    renamed.set(renamed.indexOf("License No."), "Credential");
    boards.serve(
        MICHIGAN, request -> BoardServer.ok(MichiganWorkbook.bytes(renamed, "Licensees"), XLSX));

    assertRunFailsAndRegistryStays("has no header row with the columns");
  }

  @Test
  void aWorkbookWithTheWrongSheetFailsTheRun() {
    boards.serve(
        MICHIGAN,
        request ->
            BoardServer.ok(
                MichiganWorkbook.bytes(List.of("Facility", "Address", "Inspected"), "Facilities"),
                XLSX));

    assertRunFailsAndRegistryStays("sheet 'Facilities' has no header row");
  }

  @Test
  void aPageOrAFileCutShortInsteadOfAWorkbookFailsTheRun() {
    boards.serve(
        MICHIGAN,
        request ->
            BoardServer.ok(
                "Service temporarily unavailable".getBytes(StandardCharsets.UTF_8),
                "application/octet-stream"));
    assertRunFailsAndRegistryStays("not an Excel (XLSX) workbook");

    byte[] whole = MichiganWorkbook.bytes();
    boards.serve(
        MICHIGAN,
        request -> BoardServer.ok(java.util.Arrays.copyOf(whole, whole.length / 2), XLSX));
    SyncRun cut = sync.run("us-mi-lara");
    assertThat(cut.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(license("7501044020").published()).isTrue();
  }
}
