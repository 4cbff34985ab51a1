package dev.touchstone.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.client.ApiClient;
import dev.touchstone.client.ApiException;
import dev.touchstone.client.api.LicensesApi;
import dev.touchstone.client.api.OrganizationsApi;
import dev.touchstone.client.api.SearchApi;
import dev.touchstone.client.api.VerificationsApi;
import dev.touchstone.client.api.WatchlistApi;
import dev.touchstone.client.model.BatchRowAnswer;
import dev.touchstone.client.model.LicenseStatus;
import dev.touchstone.client.model.LicenseView;
import dev.touchstone.client.model.OrganizationControllerCreated;
import dev.touchstone.client.model.OrganizationControllerNewOrganization;
import dev.touchstone.client.model.PractitionerSearchSearchResults;
import dev.touchstone.client.model.Verdict;
import dev.touchstone.client.model.VerificationRequest;
import dev.touchstone.client.model.Verify201Response;
import dev.touchstone.client.model.WatchlistControllerNewWatch;
import dev.touchstone.client.model.WatchlistControllerWatchView;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
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
 * A Java client that openapi-generator made from the OpenAPI document in this build (see pom.xml)
 * does what a clinic's integration would: a lookup, a search, a verification, a batch and a
 * watchlist round trip. A document that misdescribes a path, a body or a field fails here, as it
 * would for a third party (security-2026-12 F16).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientTest implements TestPropertyProvider {
  private static final String ADMIN = "test-admin-key-0123";
  private final BoardServer boards = SampleBoards.start();

  @Inject EmbeddedServer server;
  @Inject SyncService sync;

  private ApiClient anonymous;
  private ApiClient clinic;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncAndSignUp() throws ApiException {
    List.of("us-wa-doh", "us-npi-nppes", "us-oig-leie").forEach(sync::run);
    anonymous = client(null);
    OrganizationControllerCreated created =
        new OrganizationsApi(client(ADMIN))
            .createOrganization(
                new OrganizationControllerNewOrganization().name("Riverside Physical Therapy"));
    clinic = client(created.getApiKey());
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private ApiClient client(String key) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(server.getURI().toString());
    if (key != null) {
      // The native library has no API-key support of its own: the header goes on every request.
      client.setRequestInterceptor(request -> request.header("X-Api-Key", key));
    }
    return client;
  }

  @Test
  void aLookupFindsTheLicenseAndAnUnknownNumberIsA404() throws ApiException {
    LicenseView license = new LicensesApi(anonymous).getLicense("wa", "ma 60218734");

    assertThat(license.getLicenseNumber()).isEqualTo("LMT.MA.60218734");
    assertThat(license.getStatus()).isEqualTo(LicenseStatus.ACTIVE);
    assertThat(license.getName().getLast()).isEqualTo("Ostrowski");
    assertThat(license.getCity()).isNull();
    assertThatThrownBy(() -> new LicensesApi(anonymous).getLicense("WA", "MA99999999"))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).getCode()).isEqualTo(404));
  }

  @Test
  void aSearchByNameFindsThePerson() throws ApiException {
    PractitionerSearchSearchResults found =
        new SearchApi(anonymous)
            .searchPractitioners("Marguerite Ostrowski", "WA", null, null, null, 10, 0);

    assertThat(found.getResults()).isNotEmpty();
    assertThat(found.getResults().get(0).getName()).contains("Ostrowski");
    assertThat(found.getResults().get(0).getLicenses())
        .extracting(l -> l.getLicenseNumber())
        .contains("LMT.MA.60218734");
  }

  @Test
  void aVerificationIsIssuedAndReadBack() throws ApiException {
    VerificationsApi verifications = new VerificationsApi(clinic);
    Verify201Response issued =
        verifications.verify(
            new VerificationRequest()
                .name("Marguerite Ostrowski")
                .state("WA")
                .licenseNumber("MA60218734"));

    assertThat(issued.getVerdict()).isEqualTo(Verdict.VERIFIED);
    assertThat(issued.getShareUrl()).startsWith("/shared/");
    Verify201Response readBack = verifications.getVerification(issued.getId().toString());
    assertThat(readBack.getVerdict()).isEqualTo(Verdict.VERIFIED);
    assertThat(readBack.getCurrentState().getChanged()).isFalse();
    assertThat(verifications.listVerifications(10, 0).getVerifications())
        .extracting(v -> v.getId())
        .contains(issued.getId());
  }

  @Test
  void aBatchAnswersEachRowInOrder() throws ApiException {
    List<BatchRowAnswer> rows =
        new VerificationsApi(clinic)
            .verifyBatch(
                List.of(
                    new VerificationRequest()
                        .name("Marguerite Ostrowski")
                        .state("WA")
                        .licenseNumber("MA60218734"),
                    new VerificationRequest().name("Jane Doe").state("KS"),
                    new VerificationRequest().name("No State")));

    assertThat(rows).extracting(BatchRowAnswer::getRow).containsExactly(1, 2, 3);
    assertThat(rows.get(0).getVerdict()).isEqualTo(Verdict.VERIFIED);
    assertThat(rows.get(1).getVerdict()).isEqualTo(Verdict.CAUTION);
    assertThat(rows.get(2).getVerdict()).isNull();
    assertThat(rows.get(2).getErrors()).extracting(e -> e.getField()).contains("state");
  }

  @Test
  void aWatchIsAddedListedAndRemoved() throws ApiException {
    WatchlistApi watchlist = new WatchlistApi(clinic);
    WatchlistControllerWatchView watch =
        watchlist.watch(
            new WatchlistControllerNewWatch()
                .jurisdiction("WA")
                .licenseNumber("MA60307716")
                .label("front desk")
                .expectedName("Ostrowski"));

    assertThat(watch.getFound()).isTrue();
    assertThat(watch.getLicense().getStatus()).isEqualTo(LicenseStatus.REVOKED);
    assertThat(watchlist.listWatches().getWatchlist())
        .extracting(WatchlistControllerWatchView::getId)
        .contains(watch.getId());
    assertThat(watchlist.watchRoster("jurisdiction,licenseNumber\nWA,MA60218734\n").getAdded())
        .isEqualTo(1);
    watchlist.unwatch(watch.getId().toString());
    assertThat(watchlist.listWatches().getWatchlist())
        .extracting(WatchlistControllerWatchView::getId)
        .doesNotContain(watch.getId());
  }
}
