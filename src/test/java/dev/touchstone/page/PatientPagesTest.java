package dev.touchstone.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
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
 * The patient's pages over HTTP: what they say when things go wrong, and the headers that keep them
 * safe.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientPagesTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncWashingtonOnly() {
    List.of("us-wa-doh", "us-npi-nppes", "us-oig-leie").forEach(sync::run);
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.toBlocking().exchange(HttpRequest.GET(path), String.class);
    } catch (HttpClientResponseException e) {
      return (HttpResponse<String>)
          e.getResponse()
              .getBody(String.class)
              .map(body -> HttpResponse.status(e.getStatus()).body(body))
              .orElseThrow();
    }
  }

  @Test
  void everyPageForbidsScriptsAndForeignContent() {
    HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);
    assertThat(page.header("Content-Security-Policy"))
        .startsWith("default-src 'none'")
        .contains("style-src 'self'")
        .doesNotContain("script-src")
        .contains("frame-ancestors 'none'");
    assertThat(page.getContentType()).get().extracting(MediaType::getName).isEqualTo("text/html");
    assertThat(page.body())
        .doesNotContain("<script")
        .doesNotContain("http://")
        .contains("<label for=\"name\">");
  }

  @Test
  void aSearchInAStateWhoseBoardWasNeverReadSaysSoRatherThanNothingFound() {
    String page = get("/?name=Janice%20Prescott&state=TX").body();
    assertThat(page)
        .contains("Texas Department of Licensing and Regulation&#39;s records could not be read")
        .contains("may still be licensed");
  }

  @Test
  void aSearchInAStateWithoutBoardRecordsSaysTouchstoneCannotTell() {
    assertThat(get("/?name=Jane%20Doe&state=NY").body())
        .contains("Touchstone does not hold New York&#39;s board records");
  }

  @Test
  void anUnknownStateIsAskedForAgainInPlainWordsAndANumberNeedsNoName() {
    HttpResponse<String> page = get("/?name=%20&state=XX&licenseNumber=1");
    assertThat(page.code()).isEqualTo(400);
    assertThat(page.body())
        .contains("Please check the form", "choose a state from the list")
        .doesNotContain("enter the therapist&#39;s name as they gave it")
        .contains("aria-invalid=\"true\"");
  }

  @Test
  void aNumberAloneFindsTheLicenseAndTheCardChecksTheBoardsNumberUnderTheNameOnIt() {
    String page = get("/?state=WA&licenseNumber=60218734").body();
    assertThat(page)
        .contains("1 person found for “60218734” in Washington")
        .contains("LMT.MA.60218734")
        .contains("name=\"licenseNumber\" value=\"LMT.MA.60218734\"")
        .contains("name=\"name\" value=\"Marguerite E Ostrowski\"");
  }

  @Test
  void aMistypedNumberFindsThePersonByNameAndTheCardChecksTheirOwnLicense() {
    String page = get("/?name=Marguerite%20Ostrowski&state=WA&licenseNumber=60218743").body();
    assertThat(page)
        .contains("Found by name: no license numbered 60218743 is on record")
        .contains("name=\"licenseNumber\" value=\"LMT.MA.60218734\"")
        .doesNotContain("name=\"licenseNumber\" value=\"60218743\"");
  }

  @Test
  void aStateThatIssuesNoLicenseNeverSaysWeFoundNoLicense() {
    for (String state : List.of("KS", "VT", "CA")) {
      assertThat(get("/?name=Zebulon%20Quackenbush&state=" + state).body())
          .as(state)
          .doesNotContain("We found no license")
          .doesNotContain("Ask to see the license")
          .contains("No one by that name in the records Touchstone holds");
    }
  }

  @Test
  void aCheckInAStateThatIssuesNoLicenseSaysWhatToCheckOnceAndNeverAsksForALicense() {
    for (String state : List.of("KS", "VT", "CA")) {
      String page = get(verifyPage("Zebulon Quackenbush", state)).body();
      assertThat(page)
          .as(state)
          .contains("<span id=\"verdict-heading\">Caution</span>")
          .doesNotContain("We found no license")
          .doesNotContainIgnoringCase("ask to see the license")
          .doesNotContain("does not change this");
      String whatToCheck =
          switch (state) {
            case "KS" -> "Kansas does not license massage therapists, though some cities";
            case "VT" -> "Vermont registers massage therapists rather than licensing them";
            default -> "California has no state massage license";
          };
      assertThat(occurrences(page, whatToCheck)).as(state + ": said once").isEqualTo(1);
      assertThat(occurrences(page, "There is no national massage license"))
          .as(state + ": said once")
          .isEqualTo(1);
    }
    assertThat(get(verifyPage("Zebulon Quackenbush", "VT")).body())
        .contains("Ask for their Vermont registration");
    assertThat(get(verifyPage("Zebulon Quackenbush", "CA")).body())
        .contains("Ask to see their California Massage Therapy Council (CAMTC) certificate");
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  /** Posts the check form as the page does and answers the address it is stored at. */
  private String verifyPage(String name, String state) {
    DefaultHttpClientConfiguration noRedirects = new DefaultHttpClientConfiguration();
    noRedirects.setFollowRedirects(false);
    try (HttpClient client = HttpClient.create(server.getURL(), noRedirects)) {
      return client
          .toBlocking()
          .exchange(
              HttpRequest.POST("/verify", Map.of("name", name, "state", state))
                  .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
              String.class)
          .header("Location");
    }
  }

  @Test
  void aFullCheckWithoutANameAsksForItInPlainWords() {
    HttpClientResponseException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST(
                                "/verify",
                                Map.of("name", "", "state", "WA", "licenseNumber", "60218734"))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class));
    assertThat(refused.getStatus().getCode()).isEqualTo(400);
    assertThat(refused.getResponse().getBody(String.class).orElseThrow())
        .contains("enter the therapist&#39;s name as they gave it");
  }

  @Test
  void aNameSearchCannotUseIsAskedForAgainNotAnError() {
    HttpResponse<String> page = get("/?name=%E6%9D%8E%E6%98%8E&state=WA");
    assertThat(page.code()).isEqualTo(400);
    assertThat(page.body()).contains("Please check the form").doesNotContain("problem+json");
  }

  @Test
  void whatAVisitorTypesIsShownAsTextNeverAsMarkup() {
    String page = get("/?name=%3Cscript%3Ealert(1)%3C/script%3E%20Doe&state=WA").body();
    assertThat(page)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Doe");
  }

  @Test
  void aCheckIsStoredAndItsAddressShowsItLater() {
    DefaultHttpClientConfiguration noRedirects = new DefaultHttpClientConfiguration();
    noRedirects.setFollowRedirects(false);
    HttpResponse<String> posted;
    try (HttpClient client = HttpClient.create(server.getURL(), noRedirects)) {
      posted =
          client
              .toBlocking()
              .exchange(
                  HttpRequest.POST(
                          "/verify",
                          Map.of(
                              "name",
                              "Marguerite Ostrowski",
                              "state",
                              "WA",
                              "licenseNumber",
                              "MA60218734"))
                      .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                  String.class);
    }
    assertThat(posted.code()).isEqualTo(303);
    String address = posted.header("Location");
    assertThat(address).matches("/verify/[0-9a-f-]{36}");

    String page = get(address).body();
    assertThat(page)
        .contains(
            "<span id=\"verdict-heading\">Verified</span>",
            "Check in person",
            "Washington State Department of Health",
            "Before, during and after your massage",
            "Get emergency care now",
            "href=\"https://doh.wa.gov/licenses-permits-and-certificates/complaint-and-disciplinary-process/health-professions-complaint-process\"",
            "Report a concern about a therapist to Washington State Department of Health");
    assertThat(
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET("/api/v1" + address.replace("/verify/", "/verifications/")),
                    Argument.mapOf(String.class, Object.class)))
        .containsEntry("verdict", "VERIFIED");
  }

  @Test
  void aBrowserOpeningAnAddressThatIsNoPageGetsAPageNotAProblem() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    HttpResponse<String> missing = getAccepting("/no-such-page", browser);
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).startsWith("text/html");
    assertThat(missing.header("Content-Security-Policy")).isEqualTo(Layout.CONTENT_SECURITY_POLICY);
    assertThat(missing.body()).contains("No page at this address", "href=\"/\"");

    HttpResponse<String> reloaded = getAccepting("/verify", browser);
    assertThat(reloaded.code()).isEqualTo(405);
    assertThat(reloaded.header("Content-Type")).startsWith("text/html");
    assertThat(reloaded.header("Allow")).contains("POST");
    assertThat(reloaded.body()).contains("This address is not a page to open");

    // Programs, and the API's own paths, keep the problem+json.
    assertThat(getAccepting("/no-such-page", "*/*").header("Content-Type"))
        .startsWith("application/problem+json");
    assertThat(getAccepting("/api/v1/no-such-thing", browser).header("Content-Type"))
        .startsWith("application/problem+json");
  }

  private HttpResponse<String> getAccepting(String path, String accept) {
    try {
      return http.toBlocking().exchange(HttpRequest.GET(path).accept(accept), String.class);
    } catch (HttpClientResponseException e) {
      MutableHttpResponse<String> answer =
          HttpResponse.<String>status(e.getStatus())
              .body(e.getResponse().getBody(String.class).orElse(""));
      e.getResponse()
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> answer.header(name, v)));
      return answer;
    }
  }

  @Test
  void anAddressWithNoCheckBehindItIsAPlainNotFoundPage() {
    HttpResponse<String> page = get("/verify/3f2b9c4e-0c1a-4d4e-9d8f-2a6b1c7e5f10");
    assertThat(page.code()).isEqualTo(404);
    assertThat(page.body()).contains("No check at this address");
    assertThat(get("/verify/not-a-uuid").code()).isEqualTo(404);
  }
}
