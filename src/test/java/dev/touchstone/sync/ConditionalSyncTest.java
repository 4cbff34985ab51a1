package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.database.Database;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.source.SourceStates;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.RegistryDump;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditional GETs: a board file that has not changed costs one request and changes nothing. */
class ConditionalSyncTest {
  private static final String TX = "/dbproduction2/ltmassage.csv";
  private static final String TEXAS =
      new String(Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"), StandardCharsets.UTF_8);
  private static final String FL_LICENSURE = "/mqa/PROF_ALL.txt";
  private static final String FL_COMPLAINTS = "/mqa/dxe004dd.txt";

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    context = ApplicationContext.run(Map.copyOf(SampleBoards.properties(boards)), "test");
    sync = context.getBean(SyncService.class);
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  /**
   * Serves a file version with an ETag, answering 304 to a request that names that ETag; each
   * request is logged.
   */
  private void serveVersion(String path, String body, String etag) {
    boards.serve(
        path,
        request -> {
          String condition = request.getHeaders().get("If-None-Match");
          requests.add(path + " If-None-Match=" + condition);
          if (etag.equals(condition)) {
            return new MockResponse.Builder().code(304).addHeader("ETag", etag).build();
          }
          return ok(body, "ETag", etag);
        });
  }

  private static MockResponse ok(String body, String header, String value) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/plain")
        .addHeader(header, value)
        .body(Fixtures.buffer(body.getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  /**
   * Every registry row but the sources' own, whose last success time a confirmed-unchanged run
   * moves on.
   */
  private List<String> registryRecords() {
    return RegistryDump.of(context.getBean(Database.class)).stream()
        .filter(row -> !row.startsWith("source:"))
        .toList();
  }

  private Instant lastSuccess(String source) {
    return context.getBean(SourceStates.class).all().get(source).lastSuccessAt();
  }

  @Test
  void anUnchangedFileCostsOneRequestChangesNothingAndStillCountsAsFresh() {
    serveVersion(TX, TEXAS, "\"v1\"");
    assertThat(sync.run("us-tx-tdlr").mode()).isEqualTo(SyncMode.FULL);
    List<String> before = registryRecords();
    Instant firstSuccess = lastSuccess("us-tx-tdlr");
    requests.clear();

    SyncRun unchanged = sync.run("us-tx-tdlr");

    assertThat(requests).containsExactly(TX + " If-None-Match=\"v1\"");
    assertThat(unchanged.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
    assertThat(unchanged.mode()).isEqualTo(SyncMode.NOT_MODIFIED);
    assertThat(unchanged)
        .extracting(
            SyncRun::fetched,
            SyncRun::inserted,
            SyncRun::updated,
            SyncRun::unchanged,
            SyncRun::unpublished)
        .containsExactly(0, 0, 0, 12, 0);
    assertThat(registryRecords()).isEqualTo(before);
    assertThat(lastSuccess("us-tx-tdlr")).isAfter(firstSuccess);
  }

  @Test
  void aChangedFileIsReadInFullAndItsNewVersionIsTheOneAskedAboutNext() {
    serveVersion(TX, TEXAS, "\"v1\"");
    sync.run("us-tx-tdlr");
    serveVersion(TX, TEXAS.replace("10312027,\"PRESCOTT", "03312026,\"PRESCOTT"), "\"v2\"");

    SyncRun changed = sync.run("us-tx-tdlr");
    SyncRun next = sync.run("us-tx-tdlr");

    assertThat(changed)
        .extracting(SyncRun::mode, SyncRun::updated)
        .containsExactly(SyncMode.FULL, 1);
    assertThat(context.getBean(LicenseQueries.class).find("TX", "MT142207").orElseThrow().status())
        .isEqualTo(LicenseStatus.EXPIRED);
    assertThat(next.mode()).isEqualTo(SyncMode.NOT_MODIFIED);
    assertThat(requests).endsWith(TX + " If-None-Match=\"v1\"", TX + " If-None-Match=\"v2\"");
  }

  @Test
  void aFailedRunNeverMakesTheNextOneSkipTheFileItDidNotLoad() {
    serveVersion(TX, TEXAS, "\"v1\"");
    sync.run("us-tx-tdlr");
    serveVersion(TX, TEXAS.substring(0, TEXAS.length() - 30), "\"v2-truncated\"");
    assertThat(sync.run("us-tx-tdlr").outcome()).isEqualTo(SyncOutcome.FAILED);
    requests.clear();
    serveVersion(TX, TEXAS, "\"v2-truncated\"");

    SyncRun retried = sync.run("us-tx-tdlr");

    assertThat(requests).containsExactly(TX + " If-None-Match=\"v1\"");
    assertThat(retried.mode()).isEqualTo(SyncMode.FULL);
  }

  @Test
  void aBoardThatSendsOnlyLastModifiedIsAskedIfModifiedSince() {
    String stamp = "Wed, 01 Jul 2026 06:00:00 GMT";
    List<String> conditions = new CopyOnWriteArrayList<>();
    boards.serve(
        TX,
        (RecordedRequest request) -> {
          String since = request.getHeaders().get("If-Modified-Since");
          conditions.add(String.valueOf(since));
          return stamp.equals(since)
              ? new MockResponse.Builder().code(304).build()
              : ok(TEXAS, "Last-Modified", stamp);
        });
    sync.run("us-tx-tdlr");

    assertThat(sync.run("us-tx-tdlr").mode()).isEqualTo(SyncMode.NOT_MODIFIED);
    assertThat(conditions).containsExactly("null", stamp);
  }

  @Test
  void whenOnlyOneOfTwoFilesChangedBothAreReadAndNothingFromTheUnchangedOneIsLost() {
    String licensure =
        new String(Fixtures.bytes("us-fl-mqa/us-fl-mqa.txt"), StandardCharsets.UTF_8);
    String complaints =
        new String(Fixtures.bytes("us-fl-mqa/us-fl-mqa-complaints.txt"), StandardCharsets.UTF_8);
    serveVersion(FL_LICENSURE, licensure, "\"l1\"");
    serveVersion(FL_COMPLAINTS, complaints, "\"c1\"");
    sync.run("us-fl-mqa");
    serveVersion(FL_LICENSURE, licensure.replace("|CAPE CORAL|", "|FORT MYERS|"), "\"l2\"");
    requests.clear();

    SyncRun run = sync.run("us-fl-mqa");

    assertThat(run).extracting(SyncRun::mode, SyncRun::updated).containsExactly(SyncMode.FULL, 1);
    LicenseView license = context.getBean(LicenseQueries.class).find("FL", "MA72915").orElseThrow();
    assertThat(license.city()).isEqualTo("FORT MYERS");
    assertThat(license.disciplinaryActions()).hasSize(1);
    assertThat(requests)
        .containsExactly(
            FL_COMPLAINTS + " If-None-Match=\"c1\"",
            FL_LICENSURE + " If-None-Match=\"l1\"",
            FL_COMPLAINTS + " If-None-Match=null",
            FL_LICENSURE + " If-None-Match=null");
  }

  @Test
  void whenEveryFileIsUnchangedTheRunIsUnchanged() {
    serveVersion(
        FL_LICENSURE,
        new String(Fixtures.bytes("us-fl-mqa/us-fl-mqa.txt"), StandardCharsets.UTF_8),
        "\"l1\"");
    serveVersion(
        FL_COMPLAINTS,
        new String(Fixtures.bytes("us-fl-mqa/us-fl-mqa-complaints.txt"), StandardCharsets.UTF_8),
        "\"c1\"");
    sync.run("us-fl-mqa");
    requests.clear();

    SyncRun run = sync.run("us-fl-mqa");

    assertThat(run.mode()).isEqualTo(SyncMode.NOT_MODIFIED);
    assertThat(requests).hasSize(2);
    assertThat(
            context
                .getBean(LicenseQueries.class)
                .find("FL", "MA72915")
                .orElseThrow()
                .disciplinaryActions())
        .hasSize(1);
  }
}
