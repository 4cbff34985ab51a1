package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A source whose download is a ZIP (Missouri) is guarded like any other: an archive without the
 * expected entry, a damaged one, or a page instead of an archive fails the run and leaves the
 * registry exactly as it was.
 */
class ArchiveDownloadTest {
  private static final String MISSOURI = "/mopro/massage-therapists.zip";

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;
  private LicenseQueries licenses;

  @BeforeEach
  void syncOnce() {
    boards = SampleBoards.start();
    context =
        ApplicationContext.run(new java.util.HashMap<>(SampleBoards.properties(boards)), "test");
    sync = context.getBean(SyncService.class);
    licenses = context.getBean(LicenseQueries.class);
    assertThat(sync.run("us-mo-pr").outcome()).isEqualTo(SyncOutcome.PARTIAL);
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  private void serve(byte[] body, String contentType) {
    boards.serve(MISSOURI, request -> BoardServer.ok(body, contentType));
  }

  private void assertRegistryUnchanged(SyncRun run, String error) {
    assertThat(run.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(run.error()).contains(error);
    assertThat(licenses.find("MO", "2015033004").orElseThrow())
        .satisfies(
            license -> {
              assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
              assertThat(license.published()).isTrue();
            });
    assertThat(licenses.find("MO", "2012021190").orElseThrow().published()).isTrue();
  }

  @Test
  void anArchiveWithoutTheMassageEntryFailsTheRunNamingWhatItHolds() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("ReadMe.txt", "notes".getBytes(StandardCharsets.UTF_8));
    entries.put("NURSES.txt", "prc_first_name\tlic_number\r\n".getBytes(StandardCharsets.UTF_8));
    serve(Fixtures.zip(entries), "application/zip");

    assertRegistryUnchanged(
        sync.run("us-mo-pr"),
        "no entry matching '.*massage.*\\.txt'; it holds [ReadMe.txt, NURSES.txt]");
  }

  @Test
  void aDamagedArchiveFailsTheRun() {
    byte[] whole = Fixtures.missouriZip();
    serve(Arrays.copyOf(whole, whole.length * 2 / 3), "application/zip");

    SyncRun run = sync.run("us-mo-pr");

    assertThat(run.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(licenses.find("MO", "2015033004").orElseThrow().published()).isTrue();
  }

  @Test
  void aPageInsteadOfAnArchiveFailsTheRun() {
    serve(
        "<html><body>Please sign in</body></html>".getBytes(StandardCharsets.UTF_8),
        "application/octet-stream");

    assertRegistryUnchanged(sync.run("us-mo-pr"), "expected a ZIP archive");
  }
}
