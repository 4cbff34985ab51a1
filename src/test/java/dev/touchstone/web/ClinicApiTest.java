package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.database.Database;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Organizations, their keys, and every clinic endpoint seeing only its own organization's data. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicApiTest implements TestPropertyProvider {
  private static final String ADMIN = "test-admin-key-0123";
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;
  @Inject Database database;

  private Map<String, Object> riverside;
  private Map<String, Object> lakeview;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void organizations() {
    List.of("us-wa-doh", "us-npi-nppes", "us-oig-leie").forEach(sync::run);
    riverside = createOrganization("Riverside Physical Therapy");
    lakeview = createOrganization("Lakeview Spine Clinic");
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private Map<String, Object> createOrganization(String name) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.POST("/api/v1/organizations", Map.of("name", name))
                .header("X-Api-Key", ADMIN),
            Argument.mapOf(String.class, Object.class));
  }

  private static String key(Map<String, Object> organization) {
    return (String) organization.get("apiKey");
  }

  private <T> HttpResponse<Map<String, Object>> call(MutableHttpRequest<T> request, String key) {
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    try {
      return http.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      Map<String, Object> problem = e.getResponse().getBody(Map.class).orElse(Map.of());
      return HttpResponse.<Map<String, Object>>status(e.getStatus()).body(problem);
    }
  }

  private String verify(String key, String name) {
    HttpResponse<Map<String, Object>> created =
        call(
            HttpRequest.POST(
                "/api/v1/verifications",
                Map.of("name", name, "state", "WA", "licenseNumber", "MA60218734")),
            key);
    assertThat(created.code()).isEqualTo(201);
    return (String) created.body().get("id");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> listOf(
      HttpResponse<Map<String, Object>> response, String field) {
    return (List<Map<String, Object>>) response.body().get(field);
  }

  @Test
  void aNewOrganizationGetsAKeyShownOnceAndStoredOnlyAsAHash() {
    String key = key(riverside);
    assertThat(key).startsWith("tsk_").hasSizeGreaterThan(30);
    List<String> stored =
        database.read(
            connection -> {
              List<String> columns = new ArrayList<>();
              try (PreparedStatement select =
                      connection.prepareStatement("SELECT key_hash, prefix, label FROM api_key");
                  ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                  columns.add(
                      rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
                }
              }
              return columns;
            });
    assertThat(stored).noneMatch(row -> row.contains(key));
    assertThat(
            call(HttpRequest.GET("/api/v1/organizations/" + riverside.get("id") + "/keys"), ADMIN)
                .body()
                .toString())
        .doesNotContain(key)
        .contains(key.substring(0, 8));
  }

  @Test
  void onlyTheOperatorCreatesOrganizations() {
    assertThat(
            call(
                    HttpRequest.POST("/api/v1/organizations", Map.of("name", "Sneaky Spa")),
                    key(riverside))
                .code())
        .isEqualTo(403);
    assertThat(call(HttpRequest.POST("/api/v1/organizations", Map.of("name", " ")), ADMIN).code())
        .isEqualTo(400);
  }

  @Test
  void aRotatedKeyWorksAndTheRevokedOneNoLonger() {
    Map<String, Object> org = createOrganization("Harbor Sports Medicine");
    String old = key(org);
    HttpResponse<Map<String, Object>> issued =
        call(
            HttpRequest.POST(
                "/api/v1/organizations/" + org.get("id") + "/keys", Map.of("label", "front desk")),
            ADMIN);
    assertThat(issued.code()).isEqualTo(201);
    String fresh = (String) issued.body().get("apiKey");

    assertThat(
            call(
                    HttpRequest.DELETE(
                        "/api/v1/organizations/" + org.get("id") + "/keys/" + org.get("keyId")),
                    ADMIN)
                .code())
        .isEqualTo(204);

    assertThat(call(HttpRequest.GET("/api/v1/watchlist"), fresh).code()).isEqualTo(200);
    HttpResponse<Map<String, Object>> refused = call(HttpRequest.GET("/api/v1/watchlist"), old);
    assertThat(refused.code()).isEqualTo(401);
    assertThat(refused.body().get("detail").toString()).contains("revoked");
  }

  @Test
  void clinicEndpointsNeedAKey() {
    assertThat(call(HttpRequest.GET("/api/v1/watchlist"), null).code()).isEqualTo(401);
    assertThat(call(HttpRequest.GET("/api/v1/verifications"), null).code()).isEqualTo(401);
    assertThat(call(HttpRequest.GET("/api/v1/watchlist"), "tsk_made-up").code()).isEqualTo(401);
    assertThat(
            call(
                    HttpRequest.POST(
                        "/api/v1/verifications", Map.of("name", "Jane Doe", "state", "WA")),
                    "tsk_made-up")
                .code())
        .isEqualTo(401);
  }

  @Test
  void aClinicsVerificationsAreItsOwnWithWhoAskedAndNobodyElseSeesThem() {
    String mine = verify(key(riverside), "Marguerite Ostrowski");
    String theirs = verify(key(lakeview), "Marguerite Ostrowski");
    String publicOne = verify(null, "Marguerite Ostrowski");
    String mineLater = verify(key(riverside), "Marguerite Ostrowski");

    List<Map<String, Object>> history =
        listOf(call(HttpRequest.GET("/api/v1/verifications"), key(riverside)), "verifications");
    assertThat(history)
        .extracting(v -> v.get("id"))
        .contains(mine)
        .doesNotContain(theirs, publicOne);
    assertThat(history)
        .extracting(v -> v.get("id"))
        .as("newest first")
        .containsSubsequence(mineLater, mine);
    assertThat(history)
        .filteredOn(v -> v.get("id").equals(mine))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v)
                    .containsEntry("requestedBy", "first key")
                    .containsEntry("verdict", "VERIFIED"));

    assertThat(call(HttpRequest.GET("/api/v1/verifications/" + mine), key(riverside)).code())
        .isEqualTo(200);
    assertThat(call(HttpRequest.GET("/api/v1/verifications/" + mine), key(lakeview)).code())
        .isEqualTo(404);
    assertThat(call(HttpRequest.GET("/api/v1/verifications/" + mine), null).code()).isEqualTo(404);
    assertThat(call(HttpRequest.GET("/api/v1/verifications/" + publicOne), key(lakeview)).code())
        .isEqualTo(200);
  }

  @Test
  void aBatchWithAClinicsKeyJoinsItsHistoryLikeSingleChecks() {
    HttpResponse<String> answered;
    answered =
        http.toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/api/v1/verifications/batch",
                        "name,state,licenseNumber,npi\r\nMarguerite Ostrowski,WA,LMT.MA.60218734,\r\n")
                    .contentType("text/csv")
                    .accept("text/csv")
                    .header("X-Api-Key", key(riverside)),
                String.class);
    String id = answered.body().lines().skip(1).findFirst().orElseThrow().split(",")[6];
    assertThat(
            listOf(call(HttpRequest.GET("/api/v1/verifications"), key(riverside)), "verifications"))
        .anySatisfy(
            v -> assertThat(v).containsEntry("id", id).containsEntry("requestedBy", "first key"));
    assertThat(call(HttpRequest.GET("/api/v1/verifications/" + id), null).code())
        .as("a clinic's check is its own")
        .isEqualTo(404);
  }

  @Test
  void aClinicsCheckHasAnUnguessableShareAddressItCanWithdrawAndRenew() {
    HttpResponse<Map<String, Object>> created =
        call(
            HttpRequest.POST(
                "/api/v1/verifications",
                Map.of(
                    "name", "Marguerite Ostrowski", "state", "WA", "licenseNumber", "MA60218734")),
            key(lakeview));
    String id = (String) created.body().get("id");
    String share = (String) created.body().get("shareUrl");
    assertThat(share).matches("/shared/[A-Za-z0-9_-]{43}");
    assertThat(page("/verify/" + id).code())
        .as("the check's own address stays private")
        .isEqualTo(404);
    HttpResponse<String> shared = page(share);
    assertThat(shared.code()).isEqualTo(200);
    assertThat(shared.header("X-Robots-Tag")).contains("noindex");
    assertThat(shared.body())
        .contains("<span id=\"verdict-heading\">Verified</span>", "Marguerite Ostrowski")
        .containsPattern("class=\"permalink\" href=\"http://[^\"]+" + share + "\"")
        .doesNotContain("/verify/" + id);
    assertThat(call(HttpRequest.GET("/api/v1/verifications/" + id), key(lakeview)).body())
        .containsEntry("shareUrl", share);
    assertThat(
            listOf(call(HttpRequest.GET("/api/v1/verifications"), key(lakeview)), "verifications"))
        .anySatisfy(v -> assertThat(v).containsEntry("id", id).containsEntry("shareUrl", share));

    assertThat(
            call(HttpRequest.DELETE("/api/v1/verifications/" + id + "/share"), key(riverside))
                .code())
        .as("another clinic's check is not found")
        .isEqualTo(404);
    assertThat(
            call(HttpRequest.DELETE("/api/v1/verifications/" + id + "/share"), key(lakeview))
                .code())
        .isEqualTo(204);
    HttpResponse<String> withdrawn = page(share);
    assertThat(withdrawn.code()).isEqualTo(410);
    assertThat(withdrawn.body()).contains("withdrawn").doesNotContain("Marguerite");
    assertThat(call(HttpRequest.GET("/api/v1/verifications/" + id), key(lakeview)).body())
        .containsEntry("shareUrl", null);

    HttpResponse<Map<String, Object>> renewed =
        call(HttpRequest.POST("/api/v1/verifications/" + id + "/share", Map.of()), key(lakeview));
    assertThat(renewed.code()).isEqualTo(201);
    String again = (String) renewed.body().get("shareUrl");
    assertThat(again).matches("/shared/[A-Za-z0-9_-]{43}").isNotEqualTo(share);
    assertThat(page(again).code()).isEqualTo(200);
    assertThat(page(share).code()).as("the withdrawn address stays withdrawn").isEqualTo(410);
    assertThat(page("/shared/" + "A".repeat(43)).code()).isEqualTo(404);
  }

  @Test
  void aKeyedBatchAnswersEachChecksShareAddress() {
    String csv =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                        "/api/v1/verifications/batch",
                        "name,state,licenseNumber,npi\r\nMarguerite Ostrowski,WA,LMT.MA.60218734,\r\n")
                    .contentType("text/csv")
                    .accept("text/csv")
                    .header("X-Api-Key", key(lakeview)));
    String address = csv.lines().skip(1).findFirst().orElseThrow().replaceAll(".*,", "");
    assertThat(address).matches("/shared/[A-Za-z0-9_-]{43}");
    assertThat(page(address).body()).contains("Marguerite Ostrowski");
  }

  private HttpResponse<Map<String, Object>> watchExpecting(
      String key, String number, String expectedName) {
    return call(
        HttpRequest.POST(
            "/api/v1/watchlist",
            Map.of("jurisdiction", "WA", "licenseNumber", number, "expectedName", expectedName)),
        key);
  }

  private HttpResponse<String> page(String path) {
    try {
      return http.toBlocking().exchange(HttpRequest.GET(path).accept("text/html"), String.class);
    } catch (HttpClientResponseException e) {
      return HttpResponse.<String>status(e.getStatus())
          .body(e.getResponse().getBody(String.class).orElse(""));
    }
  }

  @Test
  void aLongHistoryExportsWholePageAfterPageWithEveryCheckOnce() {
    // security-2026-12 F18: the export was built in memory; now it is paged by key and spooled.
    Map<String, Object> busy = createOrganization("Busy Clinic");
    String rows = "name,state\r\n" + "Jane Doe,KS\r\n".repeat(1_001);
    http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/v1/verifications/batch", rows)
                .contentType("text/csv")
                .accept("text/csv")
                .header("X-Api-Key", key(busy)),
            String.class);
    List<String> lines =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/verifications")
                    .header("X-Api-Key", key(busy))
                    .accept("text/csv"))
            .lines()
            .skip(1)
            .toList();
    assertThat(lines).hasSize(1_001);
    assertThat(lines.stream().map(line -> line.split(",")[1]).distinct().count())
        .as("every check once, across the page boundary")
        .isEqualTo(1_001);
  }

  @Test
  void aClinicExportsItsHistoryAsCsv() {
    String id = verify(key(lakeview), "Maggie Ostrowski");
    String csv =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/verifications")
                    .header("X-Api-Key", key(lakeview))
                    .accept("text/csv"));
    assertThat(csv.split("\r\n")[0])
        .isEqualTo("checkedAt,verificationId,verdict,name,state,licenseNumber,requestedBy");
    assertThat(csv).contains("," + id + ",CAUTION,Maggie Ostrowski,WA,MA60218734,first key");
  }

  @Test
  void aWatchlistEntryIsItsOrganizationsAloneAndAnotherCannotRemoveIt() {
    HttpResponse<Map<String, Object>> added =
        call(
            HttpRequest.POST(
                "/api/v1/watchlist",
                Map.of("jurisdiction", "wa", "licenseNumber", "MA 60-391552", "label", "new hire")),
            key(riverside));
    assertThat(added.code()).isEqualTo(201);
    String id = (String) added.body().get("id");

    assertThat(listOf(call(HttpRequest.GET("/api/v1/watchlist"), key(lakeview)), "watchlist"))
        .extracting(w -> w.get("id"))
        .doesNotContain(id);
    assertThat(call(HttpRequest.DELETE("/api/v1/watchlist/" + id), key(lakeview)).code())
        .isEqualTo(404);
    assertThat(listOf(call(HttpRequest.GET("/api/v1/watchlist"), key(riverside)), "watchlist"))
        .extracting(w -> w.get("id"))
        .contains(id);
    assertThat(call(HttpRequest.DELETE("/api/v1/watchlist/" + id), key(riverside)).code())
        .isEqualTo(204);
    assertThat(listOf(call(HttpRequest.GET("/api/v1/watchlist"), key(riverside)), "watchlist"))
        .extracting(w -> w.get("id"))
        .doesNotContain(id);
  }

  @Test
  void aWatchedLicenseShowsWhatTheRegistryHoldsAndAnUnknownOneIsNotFoundYet() {
    Map<String, Object> org = createOrganization("Summit Massage Referrals");
    Map<String, Object> known =
        call(
                HttpRequest.POST(
                    "/api/v1/watchlist",
                    Map.of("jurisdiction", "WA", "licenseNumber", "MA60307716")),
                key(org))
            .body();
    Map<String, Object> unknown =
        call(
                HttpRequest.POST(
                    "/api/v1/watchlist",
                    Map.of("jurisdiction", "WA", "licenseNumber", "MA69999999")),
                key(org))
            .body();

    assertThat(known).containsEntry("found", true);
    assertThat(known.get("license").toString()).contains("REVOKED");
    assertThat(unknown).containsEntry("found", false);
    assertThat(unknown.get("note").toString()).startsWith("not found yet");
  }

  @Test
  void aWatchlistExportsAsCsvWithWhatTheRegistryHoldsNow() {
    Map<String, Object> clinic = createOrganization("Spreadsheet Clinic");
    call(
        HttpRequest.POST(
            "/api/v1/watchlist",
            Map.of("jurisdiction", "WA", "licenseNumber", "60218734", "label", "Ostrowski, M.")),
        key(clinic));
    call(
        HttpRequest.POST(
            "/api/v1/watchlist", Map.of("jurisdiction", "WA", "licenseNumber", "MA69999999")),
        key(clinic));

    String csv =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/watchlist")
                    .header("X-Api-Key", key(clinic))
                    .accept("text/csv"));
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "jurisdiction,licenseNumber,label,addedAt,found,nameOnRecord,status,expiresOn,note,"
                + "expectedName,nameMatches");
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("WA,LMT.MA.60218734,\"Ostrowski, M.\",")
                    .contains(",true,Marguerite E Ostrowski,ACTIVE,2027-07-31,"));
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("WA,MA69999999,,").contains(",false,,,,"));
    assertThat(call(HttpRequest.GET("/api/v1/watchlist").accept("text/csv"), null).code())
        .isEqualTo(401);
  }

  @Test
  void watchingALicenseAlreadyRevokedAlertsAtOnce() {
    Map<String, Object> clinic = createOrganization("Front Desk Watchers");
    call(
        HttpRequest.POST(
            "/api/v1/watchlist", Map.of("jurisdiction", "WA", "licenseNumber", "MA60307716")),
        key(clinic));
    call(
        HttpRequest.POST(
            "/api/v1/watchlist", Map.of("jurisdiction", "WA", "licenseNumber", "MA60218734")),
        key(clinic));

    List<Map<String, Object>> alerts =
        listOf(call(HttpRequest.GET("/api/v1/alerts"), key(clinic)), "alerts");
    assertThat(alerts)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert).containsEntry("kind", "NOT_IN_GOOD_STANDING");
              assertThat(alert.get("summary").toString())
                  .contains("LMT.MA.60307716")
                  .contains("joins the watchlist already revoked");
            });
  }

  @Test
  void anAlertSaysHowUrgentItIsWhatTheStatusMeansAndLinksTheBoardRecordAndANewCheck() {
    Map<String, Object> clinic = createOrganization("Severity Readers");
    call(
        HttpRequest.POST(
            "/api/v1/watchlist", Map.of("jurisdiction", "WA", "licenseNumber", "MA60307716")),
        key(clinic));
    Map<String, Object> alert =
        listOf(call(HttpRequest.GET("/api/v1/alerts"), key(clinic)), "alerts").get(0);
    assertThat(alert)
        .containsEntry("severity", "URGENT")
        .containsEntry("statusNow", "REVOKED")
        .containsEntry("statusNowInWords", "revoked: the board has taken the license away");
    assertThat((String) alert.get("boardRecordUrl")).startsWith("https://");
    assertThat((String) alert.get("newCheckUrl"))
        .isEqualTo("/?state=WA&licenseNumber=LMT.MA.60307716#results");
    // A new check from the link answers what the board holds now.
    assertThat(
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET(((String) alert.get("newCheckUrl")).replace("#results", ""))
                        .accept("text/html")))
        .contains("LMT.MA.60307716");
  }

  @Test
  void aWatchCarriesTheExpectedNameAndALicenseUnderAnotherNameIsFlagged() {
    Map<String, Object> clinic = createOrganization("Name Checkers");
    HttpResponse<Map<String, Object>> right =
        watchExpecting(key(clinic), "MA60218734", "Maggie Ostrowski");
    assertThat(right.body())
        .containsEntry("expectedName", "Maggie Ostrowski")
        .containsEntry("nameMatches", true);
    assertThat(listOf(call(HttpRequest.GET("/api/v1/alerts"), key(clinic)), "alerts"))
        .as("the name fits: nothing to flag")
        .isEmpty();

    Map<String, Object> misled = createOrganization("Misled Clinic");
    HttpResponse<Map<String, Object>> wrong =
        watchExpecting(key(misled), "MA60218734", "Priya Ramanathan");
    assertThat(wrong.code()).as(String.valueOf(wrong.body())).isEqualTo(201);
    assertThat(wrong.body()).containsEntry("nameMatches", false);
    assertThat(wrong.body().get("note").toString())
        .contains("issued to Marguerite E Ostrowski, not Priya Ramanathan");

    List<Map<String, Object>> alerts =
        listOf(call(HttpRequest.GET("/api/v1/alerts"), key(misled)), "alerts");
    assertThat(alerts)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert).containsEntry("kind", "NAME_MISMATCH");
              assertThat(alert).containsEntry("severity", "URGENT");
              assertThat(alert.get("summary").toString())
                  .contains("issued to Marguerite E Ostrowski, not Priya Ramanathan");
            });

    String roster =
        "jurisdiction,licenseNumber,label,expectedName\r\nWA,MA60218734,front desk,Priya Ramanathan\r\n";
    Map<String, Object> other = createOrganization("Roster Name Checkers");
    HttpResponse<Map<String, Object>> added =
        call(HttpRequest.POST("/api/v1/watchlist", roster).contentType("text/csv"), key(other));
    assertThat(listOf(added, "watchlist").get(0)).containsEntry("nameMatches", false);
    String csv =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/watchlist")
                    .header("X-Api-Key", key(other))
                    .accept("text/csv"));
    assertThat(csv.lines().toList().get(0)).endsWith(",note,expectedName,nameMatches");
    assertThat(csv.lines().toList().get(1)).endsWith(",Priya Ramanathan,false");
  }

  @Test
  void aClinicSeesItsOwnAlertsAndNoOneElses() {
    Map<String, Object> watcher = createOrganization("Alert Watchers");
    Map<String, Object> bystander = createOrganization("Bystander Clinic");
    call(
        HttpRequest.POST(
            "/api/v1/watchlist", Map.of("jurisdiction", "WA", "licenseNumber", "MA60307716")),
        key(watcher));

    sync.run("us-oig-leie");

    List<Map<String, Object>> mine =
        listOf(call(HttpRequest.GET("/api/v1/alerts"), key(watcher)), "alerts");
    assertThat(mine).extracting(a -> a.get("kind")).contains("EXCLUSION_POSSIBLE");
    assertThat(listOf(call(HttpRequest.GET("/api/v1/alerts"), key(bystander)), "alerts")).isEmpty();
    assertThat(
            listOf(
                call(HttpRequest.GET("/api/v1/alerts?since=2999-01-01T00:00:00Z"), key(watcher)),
                "alerts"))
        .isEmpty();
    assertThat(call(HttpRequest.GET("/api/v1/alerts?since=yesterday"), key(watcher)).code())
        .isEqualTo(400);
  }

  @Test
  void aClinicChoosesWhenToHearOfExpiries() {
    Map<String, Object> org = createOrganization("Expiry Minders");
    assertThat(call(HttpRequest.GET("/api/v1/alerts/settings"), key(org)).body())
        .containsEntry("expiryDays", List.of(60, 30, 7));
    assertThat(
            call(
                    HttpRequest.PUT(
                        "/api/v1/alerts/settings", Map.of("expiryDays", List.of(7, 45))),
                    key(org))
                .body())
        .containsEntry("expiryDays", List.of(45, 7));
    assertThat(
            call(
                    HttpRequest.PUT("/api/v1/alerts/settings", Map.of("expiryDays", List.of(0))),
                    key(org))
                .code())
        .isEqualTo(400);
  }

  @Test
  void aWebhookIsRegisteredWithASecretShownOnceAndPrivateAddressesAreRefused() {
    Map<String, Object> org = createOrganization("Hooked Clinic");
    HttpResponse<Map<String, Object>> refused =
        call(
            HttpRequest.PUT("/api/v1/webhook", Map.of("url", "https://10.1.2.3/alerts")), key(org));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.body().toString()).contains("private");

    Map<String, Object> registered =
        call(
                HttpRequest.PUT("/api/v1/webhook", Map.of("url", "http://127.0.0.1:9/alerts")),
                key(org))
            .body();
    assertThat(registered.get("secret").toString()).startsWith("whsec_");
    assertThat(call(HttpRequest.GET("/api/v1/webhook"), key(org)).body()).containsOnlyKeys("url");
    assertThat(call(HttpRequest.GET("/api/v1/webhook"), key(riverside)).code()).isEqualTo(404);
    assertThat(
            listOf(
                call(HttpRequest.GET("/api/v1/webhook/deliveries"), key(riverside)), "deliveries"))
        .isEmpty();
  }

  @Test
  void theSameRosterTwiceChangesNothing() {
    Map<String, Object> org = createOrganization("Roster Rehab");
    String roster =
        "jurisdiction,licenseNumber,label\r\nWA,MA60218734,Marguerite\r\nWA,MA60391552,\"Doe, J.\"\r\nTX,MT142207,Janice\r\n";
    Map<String, Object> first =
        call(
                HttpRequest.POST("/api/v1/watchlist", roster).contentType(MediaType.of("text/csv")),
                key(org))
            .body();
    Map<String, Object> second =
        call(
                HttpRequest.POST("/api/v1/watchlist", roster).contentType(MediaType.of("text/csv")),
                key(org))
            .body();

    assertThat(first)
        .containsEntry("rows", 3)
        .containsEntry("added", 3)
        .containsEntry("alreadyWatched", 0);
    assertThat(second)
        .containsEntry("rows", 3)
        .containsEntry("added", 0)
        .containsEntry("alreadyWatched", 3);
    assertThat(listOf(call(HttpRequest.GET("/api/v1/watchlist"), key(org)), "watchlist"))
        .hasSize(3);
  }

  @Test
  void aRosterWithABadRowIsRejectedWholeNamingTheRow() {
    Map<String, Object> org = createOrganization("Careful Clinic");
    String roster = "jurisdiction,licenseNumber\nWA,MA60218734\nZZ,MA1\n";
    HttpResponse<Map<String, Object>> refused =
        call(
            HttpRequest.POST("/api/v1/watchlist", roster).contentType(MediaType.of("text/csv")),
            key(org));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.body().toString()).contains("row 3", "'ZZ' is not a US state code");
    assertThat(listOf(call(HttpRequest.GET("/api/v1/watchlist"), key(org)), "watchlist")).isEmpty();
  }
}
