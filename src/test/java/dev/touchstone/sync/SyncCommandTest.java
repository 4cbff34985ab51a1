package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar touchstone.jar sync <source-id>}: the exit status a script can rely on, and what
 * it prints.
 */
class SyncCommandTest {
  private final BoardServer boards = SampleBoards.start();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final SyncCommand command =
      new SyncCommand(new PrintStream(printed, true, StandardCharsets.UTF_8));

  @AfterEach
  void stopBoards() {
    boards.close();
  }

  private Map<String, Object> properties() {
    return new HashMap<>(SampleBoards.properties(boards));
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aGoodSyncExitsZeroAndPrintsItsCounts() {
    assertThat(command.run("us-wa-doh", properties())).isZero();
    assertThat(printed()).contains("us-wa-doh PARTIAL: fetched 18, inserted 15");
  }

  @Test
  void aFailedSyncExitsOneWithItsError() {
    boards.serve(
        "/resource/qxh8-f4bd.json",
        request -> new MockResponse.Builder().code(500).body("down").build());
    assertThat(command.run("us-wa-doh", properties())).isEqualTo(1);
    assertThat(printed()).contains("us-wa-doh FAILED").contains("error: HTTP 500");
  }

  @Test
  void anUnknownSourceExitsTwo() {
    assertThat(command.run("us-zz-nowhere", properties())).isEqualTo(2);
    assertThat(printed()).contains("us-zz-nowhere");
  }

  @Test
  void progressReadsAsRowsRateAndShareDone() {
    SyncProgress progress =
        new SyncProgress("us-wa-doh", 120_000, java.time.Duration.ofMillis(2_500), 480_000);
    assertThat(progress.describe())
        .isEqualTo("us-wa-doh: 120,000 rows so far, 48,000 rows/s, about 8 s left");
    assertThat(progress.bar(20))
        .isEqualTo("[#####...............]  25%  120,000 rows  48,000 rows/s");
    assertThat(new SyncProgress("us-wa-doh", 10, java.time.Duration.ofSeconds(1), null).describe())
        .isEqualTo("us-wa-doh: 10 rows so far, 10 rows/s");
  }
}
