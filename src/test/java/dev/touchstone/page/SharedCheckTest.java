package dev.touchstone.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.support.SettableClock;
import dev.touchstone.sync.SyncService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A stored check is shown as issued, and beside it what has changed since (ux-2026-12, finding 3:
 * an old Verified link stayed green after the license was suspended).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCheckTest implements TestPropertyProvider {
  private static final String WA = "/resource/qxh8-f4bd.json";
  private final BoardServer boards = SampleBoards.start();
  private static final Instant START = Instant.parse("2026-07-01T16:00:00Z");
  private final SettableClock clock = new SettableClock(START, ZoneId.of("America/New_York"));

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(SampleBoards.properties(boards));
    properties.put("touchstone.public-base-url", "https://check.example.org/");
    return properties;
  }

  @BeforeAll
  void syncTheOtherSources() {
    List.of("us-npi-nppes", "us-oig-leie").forEach(this::syncOk);
  }

  /** Each test starts on 1 July with Washington's file as published, whatever the last did. */
  @BeforeEach
  void washingtonAsPublishedOnTheFirstOfJuly() {
    clock.set(START);
    boards.serveFixture(WA, "us-wa-doh/us-wa-doh.json", "application/json");
    syncOk("us-wa-doh");
  }

  private void syncOk(String source) {
    assertThat(sync.run(source).error()).as(source).isNull();
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  @Test
  void aCheckWhoseLicenseWasSuspendedSinceSaysSoBesideTheVerdictAsIssued() {
    String id = verify();
    clock.advance(Duration.ofDays(11));
    String suspended =
        new String(Fixtures.bytes("us-wa-doh/us-wa-doh.json"), StandardCharsets.UTF_8)
            .replaceFirst("\"status\": \"Active\"", "\"status\": \"Suspended\"");
    boards.serve(
        WA,
        request -> BoardServer.ok(suspended.getBytes(StandardCharsets.UTF_8), "application/json"));
    sync.run("us-wa-doh");

    Map<String, Object> stored = get(id);
    assertThat(stored.get("verdict")).as("as issued").isEqualTo("VERIFIED");
    Map<String, Object> now = currentState(stored);
    assertThat(now.get("changed")).isEqualTo(true);
    assertThat(now.get("summary"))
        .isEqualTo(
            "Checked on 1 July 2026: Verified. Since then the board's record changed: "
                + "suspended on 12 July 2026. Check again.");
    @SuppressWarnings("unchecked")
    Map<String, Object> license = ((List<Map<String, Object>>) now.get("licenses")).get(0);
    assertThat(license)
        .containsEntry("licenseNumber", "LMT.MA.60218734")
        .containsEntry("statusThen", "ACTIVE")
        .containsEntry("statusNow", "SUSPENDED");

    String page = http.toBlocking().retrieve(HttpRequest.GET("/verify/" + id));
    assertThat(page)
        .contains("The board&#39;s record has changed since this check")
        .contains("suspended on 12 July 2026")
        .contains("Check again now");
  }

  @Test
  void anUnchangedRecentCheckCarriesNoWarning() {
    String id = verify();
    Map<String, Object> now = currentState(get(id));
    assertThat(now.get("changed")).isEqualTo(false);
    assertThat(now.get("outdated")).isEqualTo(false);
    assertThat(now.get("summary")).isNull();
    assertThat(http.toBlocking().retrieve(HttpRequest.GET("/verify/" + id)))
        .doesNotContain("Check again now");
  }

  @Test
  void aCheckOlderThanTheBoardsFreshnessWindowSaysSo() {
    String id = verify();
    clock.advance(Duration.ofDays(3));
    Map<String, Object> now = currentState(get(id));
    assertThat(now.get("changed")).isEqualTo(false);
    assertThat(now.get("outdated")).isEqualTo(true);
    assertThat((String) now.get("summary"))
        .startsWith("Checked on 1 July 2026: Verified.")
        .contains("longer ago than the board's records are kept fresh here (2 days)");
  }

  @Test
  void timesAreTheStatesOwnWithTheNameOfItsZone() {
    // 05:30 UTC on 2 July: already 2 July on the service's clock (New York), still 1 July in
    // Washington.
    clock.set(Instant.parse("2026-07-02T05:30:00Z"));
    String id = verify();
    assertThat(http.toBlocking().retrieve(HttpRequest.GET("/verify/" + id)))
        .contains("Checked 1 July 2026 at 10:30 PM Pacific Daylight Time");
    clock.advance(Duration.ofDays(3));
    assertThat((String) currentState(get(id)).get("summary"))
        .startsWith("Checked on 1 July 2026: Verified.");
  }

  @Test
  void thePrintedCheckCarriesItsFullAddressAndAQrCodeOfIt() throws Exception {
    String id = verify();
    String page = http.toBlocking().retrieve(HttpRequest.GET("/verify/" + id));
    String address = "https://check.example.org/verify/" + id;
    assertThat(page).contains("href=\"" + address + "\"").doesNotContain("<script");
    java.util.regex.Matcher svg =
        java.util.regex.Pattern.compile(
                "<svg class=\"qr\"[^>]*viewBox=\"0 0 (\\d+) \\d+\"[^>]*"
                    + "aria-label=\"QR code of this check&#39;s address\"[^>]*>.*?d=\"([^\"]+)\"")
            .matcher(page);
    assertThat(svg.find()).as("an inline SVG QR code").isTrue();
    assertThat(QrPictures.decode(Integer.parseInt(svg.group(1)), svg.group(2))).isEqualTo(address);
  }

  private String verify() {
    Map<String, Object> created =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                    "/api/v1/verifications",
                    Map.of(
                        "name",
                        "Marguerite Ostrowski",
                        "state",
                        "WA",
                        "licenseNumber",
                        "LMT.MA.60218734")),
                Argument.mapOf(String.class, Object.class));
    assertThat(created.get("verdict"))
        .as(String.valueOf(created.get("reasons")))
        .isEqualTo("VERIFIED");
    return (String) created.get("id");
  }

  private Map<String, Object> get(String id) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/v1/verifications/" + id),
            Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> currentState(Map<String, Object> stored) {
    return (Map<String, Object>) stored.get("currentState");
  }
}
