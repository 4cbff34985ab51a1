package dev.touchstone.web;

import static dev.touchstone.support.Reasons.codes;
import static dev.touchstone.support.Reasons.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * License numbers as people type them (issue 18): without the board's prefix or type, with other
 * separators or zero padding, in lookups, verifications, batches and the watchlist. A number that
 * can be several licenses lists them; a number one typo from the named person's is a suggestion.
 *
 * <p>Florida's file here adds a therapist {@code MA50042} and an establishment {@code MM50042} to
 * the fixture; Colorado's adds {@code MT.50211} for the holder of {@code MSMT.50211}, who has both.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumbersAsTypedTest implements TestPropertyProvider {
  private static final String ADMIN = "test-admin-key-0123";
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    boards.serveFixture("/mqa/PROF_ALL.txt", "us-fl-mqa/us-fl-mqa-shared-digits.txt", "text/plain");
    byte[] colorado = coloradoWithASecondLicenseOfTheSameDigits();
    boards.serve(
        "/resource/7s5z-vewr.json", request -> BoardServer.ok(colorado, "application/json"));
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncSources() {
    List.of("us-wa-doh", "us-co-dora", "us-tx-tdlr", "us-fl-mqa", "us-npi-nppes", "us-oig-leie")
        .forEach(sync::run);
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  @Test
  void aNumberTypedWithoutItsPrefixFindsTheLicenseInEveryState() {
    assertThat(lookup("CO", "41236").body().get("licenseNumber")).isEqualTo("MT.41236");
    assertThat(lookup("TX", "142207").body().get("licenseNumber")).isEqualTo("MT142207");
    assertThat(lookup("WA", "60218734").body().get("licenseNumber")).isEqualTo("LMT.MA.60218734");
    assertThat(lookup("WA", "MA60218734").body().get("licenseNumber")).isEqualTo("LMT.MA.60218734");
  }

  @Test
  void separatorsAndZeroPaddingDoNotMatter() {
    assertThat(lookup("CO", "mt-0041236").body().get("licenseNumber")).isEqualTo("MT.41236");
    assertThat(lookup("CO", "MT 41236").body().get("licenseNumber")).isEqualTo("MT.41236");
  }

  @Test
  void anotherTypesPrefixNeverFindsTheLicense() {
    assertThat(lookup("CO", "PT.41236").code()).isEqualTo(404);
    assertThat(lookup("FL", "OS50042").code()).isEqualTo(404);
    // Colorado's physical therapist 18845 is not in the registry at all, typed either way.
    assertThat(lookup("CO", "18845").code()).isEqualTo(404);
  }

  @Test
  void digitsThatNumberTwoLicensesListBothInsteadOfChoosing() {
    HttpResponse<Map<String, Object>> answer = lookup("FL", "50042");
    assertThat(answer.code()).isEqualTo(300);
    assertThat(answer.getContentType().map(Object::toString)).hasValue("application/problem+json");
    assertThat(numbers(answer.body().get("candidates")))
        .containsExactlyInAnyOrder("MA50042", "MM50042");
    assertThat((String) answer.body().get("detail")).contains("MA50042").contains("MM50042");
  }

  @Test
  void theFullNumberPicksOneOfTheLicensesThatShareDigits() {
    assertThat(lookup("FL", "MA50042").body().get("licenseType")).isEqualTo("MASSAGE_THERAPIST");
    assertThat(lookup("FL", "mm-50042").body().get("licenseType"))
        .isEqualTo("MASSAGE_ESTABLISHMENT");
  }

  @Test
  void aVerificationByTheDigitsAloneIsVerifiedAndSaysTheBoardsFullNumber() {
    Map<String, Object> verification = verify("Jane Holloway", "FL", "50042");
    assertThat(verification.get("verdict")).isEqualTo("VERIFIED");
    assertThat(numbers(verification.get("matchedLicenses"))).containsExactly("MA50042");
    assertThat(message(verification, "NUMBER_COMPLETED"))
        .contains("MA50042")
        .contains("MM50042, a massage establishment");
  }

  @Test
  void theDigitsOfTwoTherapistLicensesOfOnePersonAreACautionNamingBoth() {
    Map<String, Object> verification = verify("Ngozi Achebe", "CO", "50211");
    assertThat(verification.get("verdict")).isEqualTo("CAUTION");
    assertThat(message(verification, "NUMBER_AMBIGUOUS"))
        .contains("MSMT.50211")
        .contains("MT.50211");
    assertThat(numbers(verification.get("matchedLicenses")))
        .containsExactlyInAnyOrder("MSMT.50211", "MT.50211");
    assertThat(verification.get("practitionerId")).isNull();
  }

  @Test
  void theFullNumberOfOneOfThemIsVerified() {
    Map<String, Object> verification = verify("Ngozi Achebe", "CO", "MSMT.50211");
    assertThat(verification.get("verdict")).isEqualTo("VERIFIED");
    assertThat(codes(verification)).doesNotContain("NUMBER_AMBIGUOUS", "NUMBER_COMPLETED");
  }

  @Test
  void aNumberOneTypoFromTheNamedPersonsIsASuggestionNotASubstitution() {
    Map<String, Object> verification = verify("Dolores Marchetti", "CO", "MT.41263");
    assertThat(verification.get("verdict")).isEqualTo("CAUTION");
    assertThat(codes(verification)).doesNotContain("LICENSE_NOT_FOUND", "LICENSE_ACTIVE");
    assertThat(message(verification, "NUMBER_DID_YOU_MEAN"))
        .contains("MT.41263")
        .contains("Dolores J Marchetti holds MT.41236");
    assertThat(numbers(verification.get("matchedLicenses"))).containsExactly("MT.41236");
    assertThat(verification.get("practitionerId")).isNull();
  }

  @Test
  void aNumberFarFromAnyOfTheNamedPersonsIsStillNotFound() {
    Map<String, Object> verification = verify("Dolores Marchetti", "CO", "MT.99999");
    assertThat(verification.get("verdict")).isEqualTo("NOT_VERIFIED");
    assertThat(codes(verification)).contains("LICENSE_NOT_FOUND");
  }

  @Test
  void digitsOfSomeoneElsesLicensesAreANameMismatch() {
    Map<String, Object> verification = verify("Jane Holloway", "CO", "50211");
    assertThat(verification.get("verdict")).isEqualTo("NOT_VERIFIED");
    assertThat(message(verification, "NAME_MISMATCH"))
        .contains("MSMT.50211")
        .contains("MT.50211")
        .contains("not of Jane Holloway");
  }

  @Test
  void searchByNumberAloneListsWhoHoldsTheLicensesItCanBe() {
    HttpResponse<Map<String, Object>> found =
        call(HttpRequest.GET("/api/v1/practitioners?state=CO&licenseNumber=41236"), null);
    assertThat(found.code()).isEqualTo(200);
    assertThat(found.body().get("total")).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> person = ((List<Map<String, Object>>) found.body().get("results")).get(0);
    assertThat(person.get("name")).isEqualTo("Dolores J Marchetti");
    assertThat(numbers(person.get("licenses"))).contains("MT.41236");

    HttpResponse<Map<String, Object>> both =
        call(HttpRequest.GET("/api/v1/practitioners?state=FL&licenseNumber=50042"), null);
    assertThat(both.body().get("total")).isEqualTo(2);
  }

  @Test
  void searchByNumberNeedsTheState() {
    HttpResponse<Map<String, Object>> refused =
        call(HttpRequest.GET("/api/v1/practitioners?licenseNumber=41236"), null);
    assertThat(refused.code()).isEqualTo(400);
    assertThat((String) refused.body().get("detail")).contains("state");
  }

  @Test
  void aBatchRowWithTheDigitsAloneIsVerified() {
    String csv =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                        "/api/v1/verifications/batch",
                        "name,state,licenseNumber,npi\r\nJanice Prescott,TX,142207,\r\n")
                    .contentType("text/csv")
                    .accept("text/csv")
                    .header("X-Api-Key", organizationKey("Batch Digits Clinic")),
                String.class);
    assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("VERIFIED");
  }

  @Test
  void aWatchedNumberWithoutItsPrefixIsFoundAndKeptUnderTheBoardsNumber() {
    String key = organizationKey("Digits Clinic");
    HttpResponse<Map<String, Object>> added =
        call(
            HttpRequest.POST(
                "/api/v1/watchlist", Map.of("jurisdiction", "CO", "licenseNumber", "41236")),
            key);
    assertThat(added.code()).isEqualTo(201);
    assertThat(added.body().get("found")).isEqualTo(true);
    assertThat(added.body().get("licenseNumber")).isEqualTo("MT.41236");
  }

  @Test
  void watchingDigitsThatNumberTwoLicensesIsRefusedWithBoth() {
    String key = organizationKey("Shared Digits Spa");
    HttpResponse<Map<String, Object>> refused =
        call(
            HttpRequest.POST(
                "/api/v1/watchlist", Map.of("jurisdiction", "FL", "licenseNumber", "50042")),
            key);
    assertThat(refused.code()).isEqualTo(400);
    assertThat((String) refused.body().get("detail")).contains("MA50042").contains("MM50042");
  }

  private HttpResponse<Map<String, Object>> lookup(String state, String number) {
    return call(
        HttpRequest.GET("/api/v1/licenses/" + state + "/" + number.replace(" ", "%20")), null);
  }

  private Map<String, Object> verify(String name, String state, String number) {
    HttpResponse<Map<String, Object>> created =
        call(
            HttpRequest.POST(
                "/api/v1/verifications",
                Map.of("name", name, "state", state, "licenseNumber", number)),
            null);
    assertThat(created.code()).isEqualTo(201);
    return created.body();
  }

  private String organizationKey(String name) {
    return (String)
        call(HttpRequest.POST("/api/v1/organizations", Map.of("name", name)), ADMIN)
            .body()
            .get("apiKey");
  }

  /** Any answer, its body read as JSON whatever the status. */
  private <T> HttpResponse<Map<String, Object>> call(MutableHttpRequest<T> request, String key) {
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    HttpResponse<String> response;
    try {
      response = http.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
      response = failed;
    }
    String body = response.getBody(String.class).orElse("{}");
    try {
      Map<String, Object> parsed = json.readValue(body, Argument.mapOf(String.class, Object.class));
      return HttpResponse.<Map<String, Object>>status(response.getStatus())
          .contentType(response.getContentType().orElse(null))
          .body(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> numbers(Object licenses) {
    return ((List<Map<String, Object>>) licenses)
        .stream().map(l -> (String) l.get("licenseNumber")).toList();
  }

  /** Colorado's fixture, plus an MT license numbered like the MSMT one, held by the same person. */
  private byte[] coloradoWithASecondLicenseOfTheSameDigits() {
    try {
      // Read before the application (and its JSON mapper) exists.
      ObjectMapper mapper = new ObjectMapper();
      List<Map<String, Object>> rows =
          new ArrayList<>(
              mapper.readValue(
                  Fixtures.bytes("us-co-dora/us-co-dora.json"),
                  new TypeReference<List<Map<String, Object>>>() {}));
      Map<String, Object> second =
          new HashMap<>(
              rows.stream()
                  .filter(row -> "MSMT".equals(row.get("licensetype")))
                  .findFirst()
                  .orElseThrow());
      second.put("licensetype", "MT");
      rows.add(second);
      return mapper.writeValueAsBytes(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
