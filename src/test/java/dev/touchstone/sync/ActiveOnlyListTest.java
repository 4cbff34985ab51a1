package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.verification.Reason;
import dev.touchstone.verification.ReasonCode;
import dev.touchstone.verification.Verdict;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.Verifier;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Sort;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alaska publishes its active licenses only (a weekly CSV of every profession): a license that
 * leaves the list, and a name that is not on it, are said to be exactly that.
 */
class ActiveOnlyListTest {
  private static final String ALASKA = "/cbp/licenses.csv";

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    Map<String, Object> properties = new HashMap<>(SampleBoards.properties(boards));
    // One of five licenses leaves the list below: more than the default guard lets pass unasked.
    properties.put("touchstone.sources.us-ak-cbpl.max-unpublish-fraction", "0.5");
    context = ApplicationContext.run(properties, "test");
    sync = context.getBean(SyncService.class);
    // Without the exclusion list, no verdict can be VERIFIED.
    sync.run("us-oig-leie");
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  private LicenseView license(String number) {
    return context.getBean(LicenseQueries.class).find("AK", number).orElseThrow();
  }

  private Verification verify(String name, String number) {
    return context
        .getBean(Verifier.class)
        .verify(new VerificationRequest(name, "AK", number, null));
  }

  private static Reason reason(Verification verification, ReasonCode code) {
    return verification.reasons().stream()
        .filter(r -> r.code() == code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + verification.reasons()));
  }

  @Test
  void theListLoadsItsMassageTherapistsWithoutTheirStreetAddresses() {
    SyncRun run = sync.run("us-ak-cbpl");

    assertThat(run)
        .extracting(SyncRun::outcome, SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(SyncOutcome.PARTIAL, 4, 1, 1);
    LicenseView license = license("MAS2290");
    assertThat(license.licenseType()).isEqualTo(LicenseType.MASSAGE_THERAPIST);
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.name())
        .extracting(LicenseView.Name::first, LicenseView.Name::middle, LicenseView.Name::last)
        .containsExactly("Natalya", "A", "Kuzmin");
    assertThat(license.expiresOn()).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThat(license.city()).isEqualTo("Anchorage");
    assertThat(license.source().activeOnly()).isTrue();
    assertThat(license("2875").name().suffix()).isEqualTo("JR");
    assertThat(license("MAS2875").postalCode()).isEqualTo("99801");
    assertThat(license.toString()).doesNotContain("Northern Lights", "Apt 4");
    var quarantined =
        context
            .getBean(QuarantinedRecordRepository.class)
            .findBySyncRunId(run.id(), Sort.unsorted());
    assertThat(quarantined).extracting(QuarantinedRecord::reason).containsExactly("invalid_date");
    assertThat(quarantined.toString()).doesNotContain("Ridge");
  }

  @Test
  void aLicenseThatLeavesTheListIsNoLongerOnItAsOfThatRunNeverRevoked() {
    sync.run("us-ak-cbpl");
    String withoutKuzmin =
        new String(Fixtures.bytes("us-ak-cbpl/us-ak-cbpl.csv"), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.startsWith("MAS2290"))
            .reduce("", (file, line) -> file + line + "\r\n");
    boards.serve(
        ALASKA,
        request -> BoardServer.ok(withoutKuzmin.getBytes(StandardCharsets.UTF_8), "text/csv"));
    assertThat(sync.run("us-ak-cbpl").unpublished()).isEqualTo(1);

    Verification verification = verify("Natalya Kuzmin", "MAS2290");

    assertThat(verification.verdict()).isEqualTo(Verdict.CAUTION);
    assertThat(reason(verification, ReasonCode.NO_LONGER_ON_ACTIVE_LIST).message())
        .contains(
            "License MAS2290 is no longer on the board's list of active licenses as of 1 July 2026")
        .contains("https://www.commerce.alaska.gov/cbp/main/");
    assertThat(verification.reasons())
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.LICENSE_NO_LONGER_LISTED, ReasonCode.LICENSE_REVOKED);
    assertThat(verification.reasons().toString()).doesNotContainIgnoringCase("revoked");
  }

  @Test
  void aNameNotOnTheListIsNotOnTheActiveListWithTheBoardsLookup() {
    sync.run("us-ak-cbpl");

    Verification verification = verify("Harriet Lindqvist", null);

    assertThat(verification.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    assertThat(verification.reasons())
        .extracting(Reason::code)
        .contains(ReasonCode.NOT_ON_ACTIVE_LIST);
    assertThat(reason(verification, ReasonCode.NOT_ON_ACTIVE_LIST).message())
        .contains("is not on the active list")
        .contains("https://www.commerce.alaska.gov/cbp/main/")
        .doesNotContain("We found no");
    assertThat(verification.sources())
        .filteredOn(s -> s.id().equals("us-ak-cbpl"))
        .singleElement()
        .satisfies(s -> assertThat(s.activeOnly()).isTrue());
  }

  @Test
  void aNumberNotOnTheListIsNotOnTheActiveList() {
    sync.run("us-ak-cbpl");

    Verification verification = verify("Kenji Tanaka", "MAS9999");

    assertThat(verification.verdict()).isEqualTo(Verdict.NOT_VERIFIED);
    assertThat(reason(verification, ReasonCode.NOT_ON_ACTIVE_LIST).message())
        .startsWith("License number MAS9999 is not on the active list");
  }

  @Test
  void aTherapistOnTheListIsVerified() {
    sync.run("us-ak-cbpl");

    Verification verification = verify("Kenji Tanaka", "MAS3317");

    assertThat(verification.verdict())
        .as(verification.reasons().toString())
        .isEqualTo(Verdict.VERIFIED);
  }
}
