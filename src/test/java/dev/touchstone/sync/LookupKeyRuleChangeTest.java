package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.clinic.Organizations;
import dev.touchstone.clinic.Watchlist;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry filled before Washington's definition had its lookup-key rule (HELMS numbers keyed as
 * displayed) answers by either form once the rule is in: the service re-keys what was stored, the
 * clinics' watches and the NPI links as it starts, before any sync, and a changed row still updates
 * at the next sync.
 */
class LookupKeyRuleChangeTest {
  private static final String WA = "/resource/qxh8-f4bd.json";
  private final BoardServer boards = SampleBoards.start();
  private final Map<String, String> database = SampleBoards.database();

  @AfterEach
  void stop() {
    boards.close();
  }

  private ApplicationContext start(Path sourcesDir) {
    SampleBoards.serveNpiRegistryForFloridaAndWashington(boards);
    Map<String, Object> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.putAll(database);
    if (sourcesDir != null) {
      properties.put("touchstone.sources-dir", sourcesDir.toString());
    }
    return ApplicationContext.run(properties, "test");
  }

  /**
   * The shipped definitions, Washington's without its lookup-key rule: how they stood before it.
   */
  private static Path withoutTheRule(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("config/sources"))) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        if (file.getFileName().toString().equals("us-wa-doh.yml")) {
          assertThat(text).contains("  lookup-key: ");
          text = text.replaceAll("(?m)^  lookup-key: .*\\n", "");
        }
        Files.writeString(dir.resolve(file.getFileName()), text);
      }
    }
    return dir;
  }

  @Test
  void startingWithTheRuleReKeysLicensesWatchesAndNpiLinksBeforeTheNextSync(@TempDir Path dir)
      throws Exception {
    UUID clinic;
    try (ApplicationContext before = start(withoutTheRule(dir))) {
      SyncService sync = before.getBean(SyncService.class);
      sync.run("us-wa-doh");
      sync.run("us-npi-nppes");
      LicenseQueries licenses = before.getBean(LicenseQueries.class);
      assertThat(licenses.find("WA", "MA60218734"))
          .as("the old rule keys HELMS numbers as displayed")
          .isEmpty();
      clinic = before.getBean(Organizations.class).create("Riverside Physical Therapy").id();
      before
          .getBean(Watchlist.class)
          .add(clinic, new Watchlist.Wanted("WA", "LMT.MA.60391552", "front desk"));
    }

    try (ApplicationContext after = start(null)) {
      assertThat(after.getBean(LicenseQueries.class).find("WA", "MA60218734"))
          .as("re-keyed at start-up")
          .get()
          .satisfies(license -> assertThat(license.status()).hasToString("ACTIVE"));
      String changed =
          new String(Fixtures.bytes("us-wa-doh/us-wa-doh.json"), StandardCharsets.UTF_8)
              .replaceFirst("\"status\": \"Active\"", "\"status\": \"Suspended\"");
      boards.serve(
          WA,
          request -> BoardServer.ok(changed.getBytes(StandardCharsets.UTF_8), "application/json"));
      SyncRun run = after.getBean(SyncService.class).run("us-wa-doh");

      assertThat(run.outcome()).isEqualTo(SyncOutcome.PARTIAL);
      assertThat(run.updated()).isEqualTo(1);
      assertThat(String.valueOf(run.warnings())).doesNotContain("recomputed");
      LicenseQueries licenses = after.getBean(LicenseQueries.class);
      assertThat(licenses.find("WA", "MA60218734"))
          .get()
          .satisfies(
              license -> {
                assertThat(license.licenseNumber()).isEqualTo("LMT.MA.60218734");
                assertThat(license.status()).hasToString("SUSPENDED");
              });
      assertThat(licenses.find("WA", "LMT.MA.60307716"))
          .get()
          .satisfies(
              license ->
                  assertThat(license.npis())
                      .as("the NPI that declares MA60307716")
                      .containsExactly("1765432103"));
      Watchlist watchlist = after.getBean(Watchlist.class);
      assertThat(
              watchlist
                  .add(clinic, new Watchlist.Wanted("WA", "MA60391552", "again"))
                  .alreadyWatched())
          .isTrue();
    }
  }
}
