package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.database.Database;
import dev.touchstone.registry.RegistryChanged;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A verification keeps what it was issued on, and says when a source is stale. Each test changes
 * the registry, so each runs on a class of its own data: the two do not share licenses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationRecordTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;
  @Inject Database database;
  @Inject ApplicationEventPublisher<RegistryChanged> events;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncExclusionList() {
    sync.run("us-oig-leie");
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private String verify(String json) {
    return http.toBlocking()
        .retrieve(HttpRequest.POST("/api/v1/verifications", json).contentType("application/json"));
  }

  private static String id(String verification) {
    int start = verification.indexOf("\"id\":\"") + 6;
    return verification.substring(start, verification.indexOf('"', start));
  }

  @Test
  void aVerificationStoredAsTextBeforeTheBytesColumnIsServedUnchanged() {
    java.util.UUID id = java.util.UUID.randomUUID();
    String legacy =
        "{\"id\":\"" + id + "\",\"verdict\":\"CAUTION\",\"summary\":\"Caution — “quoted”\"}";
    database.inTransaction(
        connection -> {
          try (java.sql.PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO verification (id, checked_at, verdict, name, state, body) VALUES (?, CURRENT_TIMESTAMP, 'CAUTION', 'Jo', 'WA', ?)")) {
            insert.setObject(1, id);
            insert.setString(2, legacy);
            return insert.executeUpdate();
          }
        });
    assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/v1/verifications/" + id)))
        .isEqualTo(legacy);
  }

  @Test
  void aLaterSyncDoesNotChangeAVerificationAlreadyIssued() {
    sync.run("us-fl-mqa");
    String issued =
        verify(
            "{\"name\": \"Corinne Whitaker\", \"state\": \"FL\", \"licenseNumber\": \"MA72915\"}");
    assertThat(issued).contains("\"verdict\":\"VERIFIED\"");

    String revoked =
        new String(Fixtures.bytes("us-fl-mqa/us-fl-mqa.txt"), StandardCharsets.UTF_8)
            .replaceFirst("(\\|MA\\|72915\\|[^\\n]*?)\\|Clear\\|", "$1|Revoked|");
    assertThat(revoked)
        .isNotEqualTo(
            new String(Fixtures.bytes("us-fl-mqa/us-fl-mqa.txt"), StandardCharsets.UTF_8));
    boards.serve(
        "/mqa/PROF_ALL.txt",
        request -> BoardServer.ok(revoked.getBytes(StandardCharsets.UTF_8), "text/plain"));
    sync.run("us-fl-mqa");

    assertThat(
            verify(
                "{\"name\": \"Corinne Whitaker\", \"state\": \"FL\", \"licenseNumber\": \"MA72915\"}"))
        .contains("\"verdict\":\"NOT_VERIFIED\"");
    String now = http.toBlocking().retrieve("/api/v1/verifications/" + id(issued));
    assertThat(asIssued(now)).isEqualTo(issued);
    assertThat(now).contains("\"currentState\":{").contains("\"statusNow\":\"REVOKED\"");
  }

  @Test
  void aSourcePastItsAllowedAgeMakesTheVerdictCautious() {
    sync.run("us-wa-doh");
    database.inTransaction(
        connection ->
            connection
                .createStatement()
                .executeUpdate(
                    "UPDATE source SET last_success_at = TIMESTAMP WITH TIME ZONE '2026-06-20 10:00:00+00' WHERE id = 'us-wa-doh'"));
    events.publishEvent(new RegistryChanged("us-wa-doh"));

    String verification =
        verify(
            "{\"name\": \"Marguerite Ostrowski\", \"state\": \"WA\", \"licenseNumber\": \"MA60218734\"}");
    assertThat(verification)
        .contains("\"verdict\":\"CAUTION\"")
        .contains("\"code\":\"SOURCE_STALE\"")
        .contains("last refreshed on 20 June 2026")
        .doesNotContain("SOURCE_UNAVAILABLE");
  }

  @Test
  void twoPeopleWithTheNameAskedAboutCallForTheLicenseNumber() {
    String washington =
        new String(Fixtures.bytes("us-wa-doh/us-wa-doh.json"), StandardCharsets.UTF_8);
    String namesake =
        washington.replaceFirst(
            "\\[",
            "[{\"credentialnumber\": \"MA60999991\", \"lastname\": \"Pellegrino\", "
                + "\"firstname\": \"Santo\", \"credentialtype\": \"Massage Therapist License\", \"status\": \"ACTIVE\", "
                + "\"firstissuedate\": \"20200101\", \"expirationdate\": \"20270101\", \"actiontaken\": \"No\"},");
    boards.serve(
        "/resource/qxh8-f4bd.json",
        request -> BoardServer.ok(namesake.getBytes(StandardCharsets.UTF_8), "application/json"));
    sync.run("us-wa-doh");

    String verification = verify("{\"name\": \"Santo Pellegrino\", \"state\": \"WA\"}");
    assertThat(verification)
        .contains("\"verdict\":\"CAUTION\"")
        .contains("\"code\":\"SEVERAL_MATCHES\"")
        .contains("2 people licensed in Washington match the name Santo Pellegrino")
        .contains("Ask for the license number");
  }

  /** A stored check as GET serves it, without the {@code currentState} added beside it. */
  private static String asIssued(String served) {
    int at = served.lastIndexOf(",\"currentState\":");
    return at < 0 ? served : served.substring(0, at) + "}";
  }
}
