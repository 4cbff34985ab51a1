package dev.touchstone.page;

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
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The walk-through's case (ux-2026-12, finding 2): two Simone Colemans in Washington, one active
 * and one revoked. By name alone the API says Caution; a patient who picks the active one's card on
 * the page must get the same warning, not a plain Verified.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesakeWarningTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;

  @Override
  public Map<String, String> getProperties() {
    byte[] washington = washingtonWithTwoSimoneColemans();
    boards.serve(
        "/resource/qxh8-f4bd.json", request -> BoardServer.ok(washington, "application/json"));
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncWashington() {
    List.of("us-wa-doh", "us-npi-nppes", "us-oig-leie").forEach(sync::run);
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  @Test
  void byNameAloneTheApiSaysCautionNamingBoth() {
    Map<String, Object> verification = verify("Simone Coleman", null);
    assertThat(verification.get("verdict")).isEqualTo("CAUTION");
    assertThat(codes(verification)).contains("SEVERAL_MATCHES");
  }

  @Test
  void theActiveOnesNumberIsACautionThatNamesTheRevokedNamesake() {
    Map<String, Object> verification = verify("Simone Coleman", "LMT.MA.60900001");
    assertThat(verification.get("verdict")).isEqualTo("CAUTION");
    assertThat(codes(verification)).contains("LICENSE_ACTIVE", "NAMESAKE_ON_RECORD");
    assertThat(message(verification, "NAMESAKE_ON_RECORD"))
        .contains("LMT.MA.60900002, revoked")
        .contains("about license LMT.MA.60900001 only");
  }

  @Test
  void aNameWithoutTroubledNamesakesStaysVerified() {
    assertThat(verify("Marguerite Ostrowski", "LMT.MA.60218734").get("verdict"))
        .isEqualTo("VERIFIED");
  }

  @Test
  void theCardsTellTheNamesakesApartAndPickingTheActiveOneCarriesTheWarning() {
    String results =
        http.toBlocking().retrieve(HttpRequest.GET("/?name=Simone%20Coleman&state=WA"));
    assertThat(results)
        .contains("2 people found")
        .contains("first licensed 2016")
        .contains("first licensed 2009");

    // The active one's card posts exactly what its form holds; the answer is a redirect to the
    // check's address, which the client follows.
    org.jsoup.nodes.Element card =
        org.jsoup.Jsoup.parse(results).select("form.check").stream()
            .filter(form -> form.select("input[value=LMT.MA.60900001]").size() == 1)
            .findFirst()
            .orElseThrow();
    Map<String, String> fields = new LinkedHashMap<>();
    card.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
    String verdict =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/verify", fields)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    assertThat(verdict)
        .contains("Caution")
        .contains("Another person named Simone Coleman")
        .contains("LMT.MA.60900002, revoked");
    // The patient gave no number: the heading does not suggest they did.
    String heading = org.jsoup.Jsoup.parse(verdict).selectFirst("h1").text();
    assertThat(heading).isEqualTo("! Caution Simone Coleman · Washington");
    // The number typed on the form is theirs, and the heading names it.
    String typed =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                        "/verify",
                        Map.of(
                            "name", "Simone Coleman",
                            "state", "WA",
                            "licenseNumber", "LMT.MA.60900001"))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    assertThat(org.jsoup.Jsoup.parse(typed).selectFirst("h1").text())
        .isEqualTo("! Caution Simone Coleman · Washington · license LMT.MA.60900001");
  }

  @Test
  void aFirstNameAloneIsACautionSayingWhatToAskForNotANotFound() {
    Map<String, Object> verification = verify("Simone", null);
    assertThat(verification.get("verdict")).isEqualTo("CAUTION");
    assertThat(codes(verification)).containsExactly("NAME_INCOMPLETE");
    assertThat(message(verification, "NAME_INCOMPLETE"))
        .contains("full name as it is on their license, and the license number");
  }

  @Test
  void aFirstNameAloneOnThePageGetsHelpInsteadOfNoLicenseFound() {
    String page = http.toBlocking().retrieve(HttpRequest.GET("/?name=Simone&state=WA"));
    assertThat(page)
        .contains("One name is not enough to find a therapist")
        .contains("the license number")
        .doesNotContain("We found no license");
  }

  private Map<String, Object> verify(String name, String number) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "state", "WA"));
    if (number != null) {
      body.put("licenseNumber", number);
    }
    return http.toBlocking()
        .retrieve(
            HttpRequest.POST("/api/v1/verifications", body),
            Argument.mapOf(String.class, Object.class));
  }

  private static byte[] washingtonWithTwoSimoneColemans() {
    try {
      ObjectMapper mapper = new ObjectMapper();
      List<Map<String, Object>> rows =
          new ArrayList<>(
              mapper.readValue(
                  Fixtures.bytes("us-wa-doh/us-wa-doh.json"),
                  new TypeReference<List<Map<String, Object>>>() {}));
      rows.add(simone(rows.get(0), "LMT.MA.60900001", "Active", "20160301"));
      rows.add(simone(rows.get(0), "LMT.MA.60900002", "Revoked", "20090615"));
      return mapper.writeValueAsBytes(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> simone(
      Map<String, Object> template, String number, String status, String firstIssued) {
    Map<String, Object> row = new LinkedHashMap<>(template);
    row.put("credentialnumber", number);
    row.put("firstname", "Simone");
    row.put("lastname", "Coleman");
    row.put("middlename", null);
    row.put("status", status);
    row.put("firstissuedate", firstIssued);
    return row;
  }
}
