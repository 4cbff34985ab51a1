package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP contract of API.md for licenses, sources and sync runs, over a real server on loopback.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryApiTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncSources() {
    List.of("us-wa-doh", "us-co-dora", "us-fl-mqa", "us-npi-nppes").forEach(sync::run);
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private Map<String, Object> get(String path) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(path), Argument.mapOf(String.class, Object.class));
  }

  private HttpClientResponseException failure(HttpRequest<?> request) {
    try {
      http.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected an error status for " + request.getPath());
  }

  private static void assertProblem(
      HttpClientResponseException e, HttpStatus status, String detail) {
    assertThat(e.getStatus().getCode()).isEqualTo(status.getCode());
    String contentType = e.getResponse().getContentType().map(Object::toString).orElse("");
    assertThat(contentType).isEqualTo("application/problem+json");
    String body = e.getResponse().getBody(String.class).orElse("");
    assertThat(body)
        .contains("\"status\":" + status.getCode())
        .contains(detail)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aLicenseIsFoundIgnoringCaseSpacesAndPunctuation() {
    Map<String, Object> license = get("/api/v1/licenses/wa/ma%2060-218734");
    assertThat(license)
        .containsEntry("jurisdiction", "WA")
        .containsEntry("licenseNumber", "LMT.MA.60218734")
        .containsEntry("status", "ACTIVE")
        .containsEntry("sourceStatus", "Active")
        .containsEntry("issuedOn", "2014-08-22")
        .containsEntry("expiresOn", "2027-07-31")
        .containsEntry("licenseType", "MASSAGE_THERAPIST")
        .containsEntry("published", true);
    assertThat(license)
        .containsKeys(
            "name",
            "flags",
            "disciplinaryActions",
            "disciplineOnRecord",
            "source",
            "history",
            "practitionerId");
    assertThat((Map<String, Object>) license.get("source"))
        .containsEntry("id", "us-wa-doh")
        .containsKey("lastSyncedAt");
  }

  @Test
  void nullNamePartsAreShownAsNull() {
    Map<String, Object> name =
        (Map<String, Object>) get("/api/v1/licenses/WA/MA60391552").get("name");
    assertThat(name)
        .containsEntry("middle", null)
        .containsEntry("suffix", null)
        .containsEntry("last", "O'Donnell");
  }

  @Test
  void disciplinaryActionsCarryTheirKind() {
    List<Map<String, Object>> actions =
        (List<Map<String, Object>>) get("/api/v1/licenses/FL/MA80462").get("disciplinaryActions");
    assertThat(actions).extracting(a -> a.get("kind")).containsExactly("DISCIPLINE", "COMPLAINT");
  }

  @Test
  void anUnknownLicenseIsA404Problem() {
    assertProblem(
        failure(HttpRequest.GET("/api/v1/licenses/WA/MA99999999")),
        HttpStatus.NOT_FOUND,
        "MA99999999");
  }

  @Test
  void aJurisdictionThatIsNotTwoLettersIsA400NamingTheField() {
    HttpClientResponseException e = failure(HttpRequest.GET("/api/v1/licenses/WASHINGTON/MA1"));
    assertProblem(e, HttpStatus.BAD_REQUEST, "\"field\":\"jurisdiction\"");
  }

  @Test
  void aLicenseNumberWithoutLettersOrDigitsIsA400() {
    assertProblem(
        failure(HttpRequest.GET("/api/v1/licenses/WA/---")),
        HttpStatus.BAD_REQUEST,
        "licenseNumber");
  }

  @Test
  void sourcesListEveryConfiguredSourceWithFreshness() {
    List<Map<String, Object>> sources =
        (List<Map<String, Object>>) get("/api/v1/sources").get("sources");
    assertThat(sources)
        .extracting(s -> s.get("id"))
        .containsExactlyInAnyOrder(
            "us-wa-doh",
            "us-co-dora",
            "us-ct-dcp",
            "us-tx-tdlr",
            "us-fl-mqa",
            "us-npi-nppes",
            "us-oig-leie",
            "us-or-obmt",
            "us-de-dpr",
            "us-ak-cbpl",
            "us-mo-pr",
            "us-mi-lara",
            "us-il-idfpr",
            "us-oh-smb");
    Map<String, Object> washington =
        sources.stream().filter(s -> s.get("id").equals("us-wa-doh")).findFirst().orElseThrow();
    assertThat(washington)
        .containsEntry("stale", false)
        .containsEntry("recordCount", 15)
        .containsEntry("kind", "LICENSING_BOARD")
        .containsKeys("lastSyncedAt", "lastRun", "enabled", "jurisdiction", "name");
    Map<String, Object> texas =
        sources.stream().filter(s -> s.get("id").equals("us-tx-tdlr")).findFirst().orElseThrow();
    assertThat(texas).containsEntry("stale", true).containsEntry("lastSyncedAt", null);
    Map<String, Object> oregon =
        sources.stream().filter(s -> s.get("id").equals("us-or-obmt")).findFirst().orElseThrow();
    assertThat(oregon).containsEntry("enabled", false);
    assertThat((String) oregon.get("disabledReason")).contains("not read automatically");
    assertThat(washington).containsEntry("disabledReason", null);
  }

  @Test
  void jurisdictionsListEveryStateWithItsBoardAndWhetherWeReadIt() {
    List<Map<String, Object>> states =
        (List<Map<String, Object>>) get("/api/v1/jurisdictions").get("jurisdictions");
    List<String> fifty =
        List.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
            "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
            "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");
    assertThat(states).extracting(s -> s.get("code")).containsAll(fifty);
    for (Map<String, Object> state : states) {
      if (fifty.contains(state.get("code")) && !"NONE".equals(state.get("regime"))) {
        assertThat((String) state.get("board"))
            .as("the board of " + state.get("code"))
            .isNotBlank();
      }
    }
    Map<String, Object> washington =
        states.stream().filter(s -> s.get("code").equals("WA")).findFirst().orElseThrow();
    assertThat(washington)
        .containsEntry("covered", true)
        .containsEntry("regime", "LICENSE")
        .containsEntry("lookupUrl", "https://fortress.wa.gov/doh/providercredentialsearch/");
    assertThat((String) washington.get("complaintUrl"))
        .startsWith("https://doh.wa.gov/")
        .contains("complaint");
    assertThat((List<Map<String, Object>>) washington.get("sources"))
        .singleElement()
        .satisfies(
            source ->
                assertThat(source)
                    .containsEntry("id", "us-wa-doh")
                    .containsEntry("stale", false)
                    .containsKey("lastSyncedAt"));
    Map<String, Object> oregon =
        states.stream().filter(s -> s.get("code").equals("OR")).findFirst().orElseThrow();
    assertThat(oregon).containsEntry("covered", false);
    assertThat((List<Map<String, Object>>) oregon.get("sources"))
        .singleElement()
        .satisfies(
            source ->
                assertThat(source).containsEntry("enabled", false).containsKey("disabledReason"));
    Map<String, Object> newYork =
        states.stream().filter(s -> s.get("code").equals("NY")).findFirst().orElseThrow();
    assertThat(newYork)
        .containsEntry("covered", false)
        .containsEntry("sources", List.of())
        .containsEntry("complaintUrl", null);
    assertThat((String) newYork.get("lookupUrl")).startsWith("https://");
    Map<String, Object> kansas =
        states.stream().filter(s -> s.get("code").equals("KS")).findFirst().orElseThrow();
    assertThat(kansas).containsEntry("regime", "NONE").containsEntry("board", null);
  }

  @Test
  void aWashingtonLicenseIsFoundByItsHelmsNumberAndByTheFormPrintedBefore2025() {
    assertThat(get("/api/v1/licenses/WA/LMT.MA.60218734"))
        .containsEntry("licenseNumber", "LMT.MA.60218734");
    assertThat(get("/api/v1/licenses/WA/MA60218734"))
        .containsEntry("licenseNumber", "LMT.MA.60218734");
    assertThat(get("/api/v1/licenses/WA/MA.60218734"))
        .containsEntry("licenseNumber", "LMT.MA.60218734");
  }

  @Test
  void syncRunsListNewestFirstAndShowQuarantinedRows() {
    List<Map<String, Object>> runs =
        (List<Map<String, Object>>) get("/api/v1/sync-runs?source=us-wa-doh&limit=5").get("runs");
    assertThat(runs).isNotEmpty();
    Map<String, Object> run = get("/api/v1/sync-runs/" + runs.get(0).get("id"));
    assertThat(run)
        .containsKeys("id", "sourceId", "startedAt", "finishedAt", "outcome", "counts", "error");
    assertThat((Map<String, Object>) run.get("counts"))
        .containsKeys(
            "fetched",
            "inserted",
            "updated",
            "unchanged",
            "unpublished",
            "filtered",
            "quarantined");
    assertThat((List<Map<String, Object>>) run.get("quarantined"))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("reason", "invalid_date")
                    .containsEntry("row", 8)
                    .containsKeys("file", "detail"));
  }

  @Test
  void badPagingAndUnknownSourcesAre400s() {
    assertProblem(
        failure(HttpRequest.GET("/api/v1/sync-runs?limit=0")), HttpStatus.BAD_REQUEST, "limit");
    assertProblem(
        failure(HttpRequest.GET("/api/v1/sync-runs?limit=abc")), HttpStatus.BAD_REQUEST, "limit");
    assertProblem(
        failure(HttpRequest.GET("/api/v1/sync-runs?source=nope")),
        HttpStatus.BAD_REQUEST,
        "source");
    assertProblem(
        failure(HttpRequest.GET("/api/v1/sync-runs/not-a-uuid")),
        HttpStatus.BAD_REQUEST,
        "\"field\":\"id\"");
    assertProblem(
        failure(HttpRequest.GET("/api/v1/sync-runs/" + java.util.UUID.randomUUID())),
        HttpStatus.NOT_FOUND,
        "no sync run");
  }

  @Test
  void startingASyncNeedsTheAdminKey() {
    assertProblem(
        failure(HttpRequest.POST("/api/v1/sources/us-tx-tdlr/sync", "")),
        HttpStatus.UNAUTHORIZED,
        "X-Api-Key");
    assertProblem(
        failure(
            HttpRequest.POST("/api/v1/sources/us-tx-tdlr/sync", "").header("X-Api-Key", "wrong")),
        HttpStatus.FORBIDDEN,
        "admin key");
  }

  @Test
  void startingASyncAnswers202WithTheRunToPoll() throws Exception {
    HttpResponse<Map> response =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/v1/sources/us-tx-tdlr/sync", "")
                    .header("X-Api-Key", "test-admin-key-0123"),
                Map.class);
    assertThat(response.getStatus().getCode()).isEqualTo(202);
    String id = (String) response.body().get("id");
    assertThat((String) response.getHeaders().get("Location")).isEqualTo("/api/v1/sync-runs/" + id);
    assertThat(response.body())
        .containsEntry("outcome", "RUNNING")
        .containsEntry("sourceId", "us-tx-tdlr");
  }

  @Test
  void anUnknownSourceCannotBeSynced() {
    assertProblem(
        failure(
            HttpRequest.POST("/api/v1/sources/us-zz-none/sync", "")
                .header("X-Api-Key", "test-admin-key-0123")),
        HttpStatus.NOT_FOUND,
        "us-zz-none");
  }

  @Test
  void anUnknownPathIsA404Problem() {
    assertProblem(
        failure(HttpRequest.GET("/api/v1/nothing-here")),
        HttpStatus.NOT_FOUND,
        "/api/v1/nothing-here");
  }

  @Test
  void theGeneratedOpenApiDocumentAndSwaggerUiAreServedFromTheServiceItself() {
    String spec = http.toBlocking().retrieve("/swagger/touchstone-1.yml");
    assertThat(spec)
        .contains("/api/v1/verifications")
        .contains("/api/v1/practitioners")
        .contains("/api/v1/licenses/");
    assertThat(http.toBlocking().retrieve("/swagger-ui/index.html"))
        .contains("swagger-ui-bundle.js")
        .doesNotContain("https://");
    assertThat(
            http.toBlocking()
                .exchange("/swagger-ui/assets/swagger-ui-bundle.js", String.class)
                .code())
        .isEqualTo(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void healthShowsEachSourceFreshnessWithoutGoingDownForAStaleOne() {
    Map<String, Object> health = get("/health");
    assertThat(health).containsEntry("status", "UP");
    Map<String, Object> sources =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) health.get("details")).get("sources"))
                .get("details");
    assertThat((Map<String, Object>) sources.get("us-wa-doh"))
        .containsEntry("stale", false)
        .containsKey("lastSyncedAt");
    assertThat((Map<String, Object>) sources.get("us-tx-tdlr")).containsEntry("stale", true);
    assertThat(get("/health/readiness")).containsEntry("status", "UP");
  }

  @Test
  @SuppressWarnings("unchecked")
  void healthShowsNothingButSourceFreshnessAndSearchReadinessToTheWorld() {
    String body = http.toBlocking().retrieve(HttpRequest.GET("/health"));
    Map<String, Object> details = (Map<String, Object>) get("/health").get("details");
    // The database's address and version and the disk's size are an operator's business, not the
    // internet's (security-2026-12); their status still counts.
    assertThat((Map<String, Object>) details.get("sources")).containsKey("details");
    assertThat((Map<String, Object>) details.get("search")).containsKey("details");
    assertThat(details).containsKey("jdbc");
    details.forEach(
        (name, result) -> {
          if (!name.equals("sources") && !name.equals("search")) {
            assertThat((Map<String, Object>) result).as(name).containsEntry("details", null);
          }
        });
    assertThat(body).doesNotContain("jdbc:").doesNotContain("\"free\"").doesNotContain("version");
  }
}
