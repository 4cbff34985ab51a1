package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.database.Database;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.RegistryDump;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad download fails its run and leaves the registry exactly as it was; a good one changes only
 * what changed.
 */
class SyncSafetyTest {
  private static final String TX = "/dbproduction2/ltmassage.csv";
  private static final String TEXAS =
      new String(Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"), StandardCharsets.UTF_8);

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;
  private Database database;
  private LicenseQueries licenses;

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    context = ApplicationContext.run(Map.copyOf(SampleBoards.properties(boards)), "test");
    sync = context.getBean(SyncService.class);
    database = context.getBean(Database.class);
    licenses = context.getBean(LicenseQueries.class);
    assertThat(sync.run("us-tx-tdlr").outcome()).isEqualTo(SyncOutcome.PARTIAL);
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  private void serveTexas(String body) {
    boards.serve(TX, request -> BoardServer.ok(body.getBytes(StandardCharsets.UTF_8), "text/csv"));
  }

  static Stream<Arguments> brokenDownloads() {
    String header = TEXAS.substring(0, TEXAS.indexOf('\n') + 1);
    String[] lines = TEXAS.split("\n");
    return Stream.of(
        Arguments.of(
            "HTTP 500",
            (Function<RecordedRequest, MockResponse>)
                r -> new MockResponse.Builder().code(500).build(),
            "HTTP 500"),
        Arguments.of(
            "429 then still 429",
            (Function<RecordedRequest, MockResponse>)
                r -> new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build(),
            "HTTP 429"),
        Arguments.of(
            "an HTML page",
            ok("<!DOCTYPE html><html><body>Down for maintenance</body></html>"),
            "HTML"),
        Arguments.of("an empty file", ok(""), "empty"),
        Arguments.of("only the header", ok(header), "no records"),
        Arguments.of("a truncated file", ok(TEXAS.substring(0, TEXAS.length() - 30)), "truncated"),
        Arguments.of(
            "a renamed column", ok(TEXAS.replace("OWNER NAME", "HOLDER NAME")), "OWNER NAME"),
        Arguments.of("a tenth of the last file", ok(header + lines[1] + "\n"), "fewer than 50%"),
        Arguments.of(
            "a connection reset mid-body",
            (Function<RecordedRequest, MockResponse>)
                r ->
                    new MockResponse.Builder()
                        .body(Fixtures.buffer(TEXAS.getBytes(StandardCharsets.UTF_8)))
                        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                        .build(),
            ""));
  }

  private static Function<RecordedRequest, MockResponse> ok(String body) {
    return r -> BoardServer.ok(body.getBytes(StandardCharsets.UTF_8), "text/csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDownloads")
  void aBrokenDownloadFailsTheRunAndLeavesTheRegistryUntouched(
      String fault, Function<RecordedRequest, MockResponse> response, String reason) {
    List<String> before = RegistryDump.of(database);
    boards.serve(TX, response);
    SyncRun run = sync.run("us-tx-tdlr");
    assertThat(run.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(run.error()).isNotBlank().contains(reason);
    assertThat(RegistryDump.of(database)).isEqualTo(before);
    assertThat(licenses.find("TX", "MT142207"))
        .get()
        .extracting(LicenseView::published)
        .isEqualTo(true);
  }

  @Test
  void aBoardThatStallsMidFileTimesOutFailsTheRunAndLeavesTheRegistryUntouched() {
    List<String> before = RegistryDump.of(database);
    Map<String, Object> properties = new java.util.HashMap<>(SampleBoards.properties(boards));
    context
        .getEnvironment()
        .getProperties("datasources.default")
        .forEach((key, value) -> properties.put("datasources.default." + key, value));
    context.close();
    properties.put("touchstone.http.read-timeout", "200ms");
    properties.put("touchstone.http.max-attempts", "2");
    context = ApplicationContext.run(properties, "test");
    boards.serve(
        TX,
        request ->
            new MockResponse.Builder()
                .addHeader("Content-Type", "text/csv")
                .body(Fixtures.buffer(TEXAS.getBytes(StandardCharsets.UTF_8)))
                .throttleBody(512, 2, java.util.concurrent.TimeUnit.SECONDS)
                .build());

    SyncRun run = context.getBean(SyncService.class).run("us-tx-tdlr");

    assertThat(run.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(run.error()).contains("download failed while reading", "timed out");
    assertThat(RegistryDump.of(context.getBean(Database.class))).isEqualTo(before);
  }

  @Test
  void aRedesignedLookupPageFailsTheHtmlSourcesRunAndLeavesTheRegistryUntouched() {
    assertThat(sync.run("us-or-obmt").outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    List<String> before = RegistryDump.of(database);
    boards.serveFixture(
        "/LicenseLookup/results-2.html", "us-or-obmt/results-redesigned.html", "text/html");

    SyncRun run = sync.run("us-or-obmt");

    assertThat(run.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(run.error()).contains("results-2.html no longer matches its selectors");
    assertThat(RegistryDump.of(database)).isEqualTo(before);
    assertThat(licenses.find("OR", "F1021"))
        .get()
        .extracting(LicenseView::published)
        .isEqualTo(true);
  }

  @Test
  void
      aLicenseMissingFromAFullSnapshotIsUnpublishedNotDeletedAndWasLastSeenInTheLastGoodSnapshot() {
    assertThat(sync.run("us-tx-tdlr").unchanged()).isEqualTo(12);
    java.time.Instant lastGoodSnapshot =
        context
            .getBean(dev.touchstone.source.SourceStates.class)
            .all()
            .get("us-tx-tdlr")
            .lastSuccessAt();
    serveTexas(
        Arrays.stream(TEXAS.split("\n"))
                .filter(line -> !line.contains("MT099418"))
                .collect(Collectors.joining("\n"))
            + "\n");
    SyncRun run = sync.run("us-tx-tdlr");
    assertThat(run.unpublished()).isEqualTo(1);
    LicenseView gone = licenses.find("TX", "MT099418").orElseThrow();
    assertThat(gone.published()).isFalse();
    assertThat(gone.lastSeenAt()).isEqualTo(lastGoodSnapshot);
    assertThat(gone.history())
        .extracting(LicenseView.HistoryEntry::field, LicenseView.HistoryEntry::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("published", "false"));
  }

  @Test
  void aChangedRecordIsUpdatedWithItsHistoryAndTheRestCostNothing() {
    serveTexas(TEXAS.replace("10312027,\"PRESCOTT", "03312026,\"PRESCOTT"));
    SyncRun run = sync.run("us-tx-tdlr");
    assertThat(run)
        .extracting(SyncRun::inserted, SyncRun::updated, SyncRun::unchanged)
        .containsExactly(0, 1, 11);
    LicenseView changed = licenses.find("TX", "MT142207").orElseThrow();
    assertThat(changed.status()).isEqualTo(LicenseStatus.EXPIRED);
    assertThat(changed.history())
        .extracting(
            LicenseView.HistoryEntry::field,
            LicenseView.HistoryEntry::from,
            LicenseView.HistoryEntry::to)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("status", "ACTIVE", "EXPIRED"),
            org.assertj.core.groups.Tuple.tuple("expiresOn", "2027-10-31", "2026-03-31"));
  }

  @Test
  void aRowQuarantinedLaterKeepsItsLastGoodVersionPublished() {
    serveTexas(TEXAS.replace("10312027,\"PRESCOTT", "13312027,\"PRESCOTT"));
    SyncRun run = sync.run("us-tx-tdlr");
    assertThat(run.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(run.quarantined()).isEqualTo(2);
    assertThat(run.unpublished()).isZero();
    LicenseView kept = licenses.find("TX", "MT142207").orElseThrow();
    assertThat(kept.published()).isTrue();
    assertThat(kept.expiresOn()).hasToString("2027-10-31");
  }

  @Test
  void aDownloadCutCleanlyAtARowBoundaryIsHeldUntilAnOperatorAcceptsIt() {
    // security-2026-12 F12: 70% of the file, cut at a line boundary, passed the 50% size guard and
    // took 30% of the licenses off the list without a word.
    StringBuilder bigger = new StringBuilder(TEXAS);
    String row = TEXAS.split("\n")[1];
    for (int i = 0; i < 200; i++) {
      bigger.append(row.replace("MT142207", String.format("MT9%05d", i))).append('\n');
    }
    serveTexas(bigger.toString());
    assertThat(sync.run("us-tx-tdlr").error()).isNull();
    List<String> before = RegistryDump.of(database);
    String[] lines = bigger.toString().split("\n");
    String cut = String.join("\n", Arrays.copyOfRange(lines, 0, lines.length * 7 / 10)) + "\n";
    serveTexas(cut);

    SyncRun refused = sync.run("us-tx-tdlr");
    assertThat(refused.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(refused.error())
        .contains("as no longer listed", "more than the 5% allowed", "acceptShrink=true");
    assertThat(RegistryDump.of(database)).isEqualTo(before);

    SyncRun accepted = sync.complete(sync.startAcceptingShrink("us-tx-tdlr"));
    assertThat(accepted.outcome()).isIn(SyncOutcome.SUCCEEDED, SyncOutcome.PARTIAL);
    assertThat(accepted.unpublished()).isGreaterThan(50);
    assertThat(accepted.warnings()).contains("an operator accepted this run's shrink");
    assertThat(sync.run("us-tx-tdlr").outcome())
        .as("accepted once: the next run is guarded again, and has nothing more to drop")
        .isIn(SyncOutcome.SUCCEEDED, SyncOutcome.PARTIAL);
  }

  @Test
  void aLicenseThatReturnsIsPublishedAgain() {
    String without =
        Arrays.stream(TEXAS.split("\n"))
                .filter(line -> !line.contains("MT099418"))
                .collect(Collectors.joining("\n"))
            + "\n";
    serveTexas(without);
    sync.run("us-tx-tdlr");
    serveTexas(TEXAS);
    SyncRun run = sync.run("us-tx-tdlr");
    assertThat(run.updated()).isEqualTo(1);
    assertThat(licenses.find("TX", "MT099418").orElseThrow().published()).isTrue();
  }

  @Test
  void exactDuplicateRowsCollapseIntoOneLicense() {
    String[] lines = TEXAS.split("\n");
    serveTexas(TEXAS + lines[1] + "\n");
    SyncRun run = sync.run("us-tx-tdlr");
    assertThat(run)
        .extracting(SyncRun::inserted, SyncRun::updated, SyncRun::unchanged)
        .containsExactly(0, 0, 12);
  }

  @Test
  void aFailedRunIsRecordedWithItsError() {
    boards.serve(TX, r -> new MockResponse.Builder().code(404).build());
    SyncRun run = sync.run("us-tx-tdlr");
    SyncRun stored = context.getBean(SyncRunRepository.class).findById(run.id()).orElseThrow();
    assertThat(stored.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(stored.error()).contains("HTTP 404");
    assertThat(stored.finishedAt()).isNotNull();
  }

  @Test
  void connecticutsCsvExportLoadsThroughTheDelimitedAdapterWithItsOwnDateFormat() {
    context.close();
    boards.serveFixture("/ct-export.csv", "us-ct-dcp/us-ct-dcp-export.csv", "text/csv");
    java.util.Map<String, Object> properties =
        new java.util.HashMap<>(SampleBoards.properties(boards));
    properties.put("touchstone.sources.us-ct-dcp.adapter", "delimited");
    properties.put("touchstone.sources.us-ct-dcp.url", boards.url("/ct-export.csv"));
    context = ApplicationContext.run(properties, "test");
    SyncRun run = context.getBean(SyncService.class).run("us-ct-dcp");
    assertThat(run)
        .extracting(SyncRun::inserted, SyncRun::filtered, SyncRun::quarantined)
        .containsExactly(7, 1, 1);
    LicenseQueries queries = context.getBean(LicenseQueries.class);
    assertThat(queries.find("CT", "73.001944").orElseThrow().issuedOn()).hasToString("2002-10-14");
    assertThat(queries.find("CT", "73.002958").orElseThrow().status())
        .isEqualTo(LicenseStatus.EXPIRED);
    assertThat(queries.find("CT", "73.008014").orElseThrow().name().suffix()).isEqualTo("JR");
    assertThat(queries.find("CT", "73.008014").orElseThrow().postalCode()).isEqualTo("06340");
    assertThat(queries.find("CT", "73.005977").orElseThrow().status())
        .isEqualTo(LicenseStatus.SUSPENDED);
  }

  @Test
  void anActiveLicenseWhoseExpiryHasPassedKeepsTheBoardsStatusAndIsFlagged() {
    String washington =
        new String(Fixtures.bytes("us-wa-doh/us-wa-doh.json"), StandardCharsets.UTF_8)
            .replace("\"expirationdate\": \"20270731\"", "\"expirationdate\": \"20260131\"")
            .replace("\"expirationdate\": \"2027-02-14T00:00:00.000\",", "");
    boards.serve(
        "/resource/qxh8-f4bd.json",
        r -> BoardServer.ok(washington.getBytes(StandardCharsets.UTF_8), "application/json"));
    sync.run("us-wa-doh");
    LicenseView lapsed = licenses.find("WA", "MA60218734").orElseThrow();
    assertThat(lapsed.status()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(lapsed.flags()).containsExactly(dev.touchstone.registry.LicenseFlag.EXPIRED_BY_DATE);
    assertThat(licenses.find("WA", "MA60391552").orElseThrow().flags())
        .containsExactly(dev.touchstone.registry.LicenseFlag.EXPIRATION_MISSING);
    assertThat(licenses.find("WA", "MA60475019").orElseThrow().flags()).isEmpty();
  }

  @Test
  void quarantinedRowsOfLicensesNeverStoredDoNotPadTheSnapshotPastTheGuard() {
    String[] lines = TEXAS.split("\n");
    StringBuilder body = new StringBuilder(lines[0]).append('\n');
    for (int i = 1; i <= 4; i++) {
      body.append(lines[i]).append('\n');
    }
    for (int i = 1; i <= 4; i++) {
      body.append("Massage Therapist,MT99900")
          .append(i)
          .append(",,,,,,,02302027,\"NEW, PERSON\",1 MAIN ST,,AUSTIN TX 78701,TRAVIS,,,Y\n");
    }
    serveTexas(body.toString());
    SyncRun run = sync.run("us-tx-tdlr");
    assertThat(run.quarantined()).isEqualTo(4);
    assertThat(run.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(run.error()).contains("holds 4 records").contains("fewer than 50%");
  }
}
