package dev.touchstone.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
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

/** GET /api/v1/practitioners over the sample boards. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest implements TestPropertyProvider {
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
    List.of("us-wa-doh", "us-fl-mqa", "us-npi-nppes").forEach(sync::run);
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private Map<String, Object> search(String query) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/v1/practitioners?" + query),
            Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> results(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("results");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNameInLastCommaFirstOrderWithoutAccentsFindsThePersonWithEveryLicense() {
    Map<String, Object> page = search("name=Lemaitre,%20Therese");
    Map<String, Object> first = results(page).get(0);
    assertThat(first)
        .containsEntry("name", "Thérèse Anne Lemaître")
        .containsEntry("exactName", true)
        .containsEntry("score", 1.0);
    assertThat((List<Map<String, Object>>) first.get("licenses"))
        .extracting(l -> l.get("licenseNumber"))
        .containsExactly("LMT.MA.60475019");
    assertThat(first.get("practitionerId").toString()).startsWith("lic-");
  }

  @Test
  void aLicenseTheNpiRegistryDeclaresBelongsToAnNpiPractitioner() {
    Map<String, Object> first = results(search("name=Corinne%20Whitaker&state=FL")).get(0);
    assertThat(first).containsEntry("practitionerId", "npi-1582034173");
  }

  @Test
  void aMisspelledNameIsFoundWithItsDifferenceNamed() {
    Map<String, Object> first = results(search("name=Marguerite%20Ostrowsky")).get(0);
    assertThat(first).containsEntry("exactName", false);
    assertThat(first.get("nameDifferences").toString()).contains("Ostrowski");
    assertThat((Double) first.get("score")).isLessThan(1.0).isGreaterThan(0.5);
  }

  @Test
  void theStateFilterLeavesOutOtherStates() {
    assertThat(search("name=Marguerite%20Ostrowski&state=FL")).containsEntry("total", 0);
  }

  @Test
  void badParametersAreProblemsThatSayHowToFixThem() {
    for (String query :
        List.of(
            "",
            "name=a",
            "name=Jane%20Doe&limit=101",
            "name=Jane%20Doe&offset=-1",
            "name=Jane%20Doe&state=XX",
            "name=Jane%20Doe&licenseType=NURSE")) {
      try {
        search(query);
        throw new AssertionError("expected a 400 for " + query);
      } catch (HttpClientResponseException e) {
        assertThat(e.getStatus().getCode()).as(query).isEqualTo(400);
        assertThat(e.getResponse().getContentType().map(Object::toString).orElse(""))
            .isEqualTo("application/problem+json");
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPractitionerIsFetchedByTheIdSearchGaveAndABadIdIsAProblem() {
    Map<String, Object> person =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/practitioners/npi-1582034173"),
                Argument.mapOf(String.class, Object.class));
    assertThat((List<Map<String, Object>>) person.get("licenses"))
        .extracting(l -> l.get("licenseNumber"))
        .containsExactly("MA72915");
    for (String id : List.of("someone", "lic-999999999")) {
      try {
        http.toBlocking().retrieve("/api/v1/practitioners/" + id);
        throw new AssertionError("expected an error for " + id);
      } catch (HttpClientResponseException e) {
        assertThat(e.getStatus().getCode()).as(id).isEqualTo(id.startsWith("lic-") ? 404 : 400);
      }
    }
  }
}
