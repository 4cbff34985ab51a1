package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.touchstone.database.Database;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.source.SourceStates;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.verification.ReasonCode;
import dev.touchstone.verification.Verdict;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.Verifier;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Colorado publishes one row per disciplinary case; a license whose case row cannot be read is
 * never stored as if it had no such case (security-2026-12 F13).
 */
class MultiRowLicenseTest {
  private static final String CO = "/resource/7s5z-vewr.json";
  private static final String COLORADO =
      new String(Fixtures.bytes("us-co-dora/us-co-dora.json"), StandardCharsets.UTF_8);
  private static final String HALLORAN = "37809";

  /** The Colorado file with one field of one of Bridget Halloran's case rows changed. */
  private static String withCase(String file, String caseNumber, String field, String value) {
    try {
      ObjectMapper json = new ObjectMapper();
      ArrayNode rows = (ArrayNode) json.readTree(file);
      int changed = 0;
      for (var row : rows) {
        if (HALLORAN.equals(row.path("licensenumber").asText())
            && caseNumber.equals(row.path("casenumber").asText())) {
          ((ObjectNode) row).put(field, value);
          changed++;
        }
      }
      assertThat(changed).as("rows of case " + caseNumber).isEqualTo(1);
      return json.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Her second case dated a day no calendar has: the row is quarantined. */
  private static final String UNREADABLE_CASE =
      withCase(COLORADO, "2023-000466", "disciplineeffectivedate", "2023-02-31T00:00:00.000");

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;
  private LicenseQueries licenses;

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    context = ApplicationContext.run(Map.copyOf(SampleBoards.properties(boards)), "test");
    sync = context.getBean(SyncService.class);
    licenses = context.getBean(LicenseQueries.class);
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  private void serveColorado(String body) {
    boards.serve(
        CO, request -> BoardServer.ok(body.getBytes(StandardCharsets.UTF_8), "application/json"));
  }

  private LicenseView halloran() {
    return licenses.find("CO", "MT.37809").orElseThrow();
  }

  private int recordCount() {
    return context.getBean(SourceStates.class).all().get("us-co-dora").lastSnapshotRecords();
  }

  private int publishedColoradoLicenses() {
    return context
        .getBean(Database.class)
        .read(
            connection -> {
              try (var select =
                  connection.prepareStatement(
                      "SELECT COUNT(*) FROM license WHERE source_id = ? AND published")) {
                select.setString(1, "us-co-dora");
                try (var rows = select.executeQuery()) {
                  rows.next();
                  return rows.getInt(1);
                }
              }
            });
  }

  @Test
  void aFirstLoadWithAnUnreadableCaseStoresTheLicenseFlaggedIncomplete() {
    serveColorado(UNREADABLE_CASE);
    SyncRun run = sync.run("us-co-dora");

    assertThat(run.quarantined()).as("the sample's own bad row, and this case").isEqualTo(2);
    LicenseView license = halloran();
    assertThat(license.disciplinaryActions())
        .extracting(LicenseView.ActionView::caseNumber)
        .containsExactly("2020-001874");
    assertThat(license.flags()).contains(LicenseFlag.INCOMPLETE_RECORD);
  }

  @Test
  void aLicenseMissingACaseNeverVerifiesAndSaysToReadTheBoardsRecord() {
    serveColorado(UNREADABLE_CASE);
    sync.run("us-co-dora");

    var verification =
        context
            .getBean(Verifier.class)
            .verify(new VerificationRequest("Bridget Halloran", "CO", "MT.37809", null));

    assertThat(verification.verdict()).isNotEqualTo(Verdict.VERIFIED);
    assertThat(verification.reasons())
        .anySatisfy(
            reason -> {
              assertThat(reason.code()).isEqualTo(ReasonCode.RECORD_INCOMPLETE);
              assertThat(reason.message()).contains("MT.37809").contains("could not be read");
            });
  }

  @Test
  void theRecordCountIsTheLicensesTheSnapshotHoldsOnEveryRun() {
    serveColorado(UNREADABLE_CASE);
    sync.run("us-co-dora");
    int held = publishedColoradoLicenses();
    assertThat(recordCount()).isEqualTo(held);

    SyncRun again = sync.run("us-co-dora");

    assertThat(recordCount()).isEqualTo(held);
    assertThat(publishedColoradoLicenses()).isEqualTo(held);
    assertThat(again.unchanged()).isEqualTo(held);
  }

  @Test
  void theFlagGoesOnceEveryRowReadsAgain() {
    serveColorado(UNREADABLE_CASE);
    sync.run("us-co-dora");
    assertThat(halloran().flags()).contains(LicenseFlag.INCOMPLETE_RECORD);
    serveColorado(COLORADO);

    sync.run("us-co-dora");

    LicenseView license = halloran();
    assertThat(license.flags()).doesNotContain(LicenseFlag.INCOMPLETE_RECORD);
    assertThat(license.disciplinaryActions()).hasSize(2);
  }

  @Test
  void aStoredLicenseWhoseCaseRowBreaksTakesItsNewStatusAndTheFlag() {
    sync.run("us-co-dora");
    serveColorado(
        withCase(UNREADABLE_CASE, "2020-001874", "licensestatusdescription", "Suspended"));

    sync.run("us-co-dora");

    LicenseView license = halloran();
    assertThat(license.status()).isEqualTo(LicenseStatus.SUSPENDED);
    assertThat(license.flags()).contains(LicenseFlag.INCOMPLETE_RECORD);
  }
}
