package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * /prometheus: what an operator alerts on — source freshness, runs, records, board calls, request
 * latency.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;

  private List<String> scrape;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncAndUse() {
    sync.run("us-tx-tdlr");
    boards.serve(
        "/resource/qxh8-f4bd.json",
        request -> new MockResponse.Builder().code(404).body("gone").build());
    sync.run("us-wa-doh");
    http.toBlocking().retrieve(HttpRequest.GET("/api/v1/licenses/TX/MT142207"));
    scrape = Arrays.asList(http.toBlocking().retrieve(HttpRequest.GET("/prometheus")).split("\n"));
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private List<String> lines(String name, String... labels) {
    return scrape.stream()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .toList();
  }

  private double value(String name, String... labels) {
    List<String> found = lines(name, labels);
    assertThat(found).as(name + " " + Arrays.toString(labels)).hasSize(1);
    String line = found.get(0);
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  @Test
  void eachSourceSaysWhenItLastSyncedAndWhetherItIsStale() {
    assertThat(value("touchstone_source_last_success_seconds", "source=\"us-tx-tdlr\""))
        .isGreaterThan(1.7e9);
    assertThat(value("touchstone_source_stale", "source=\"us-tx-tdlr\"")).isZero();
    assertThat(value("touchstone_source_stale", "source=\"us-wa-doh\"")).isEqualTo(1.0);
    assertThat(value("touchstone_source_records", "source=\"us-tx-tdlr\"")).isEqualTo(12.0);
  }

  @Test
  void runsAreTimedAndTheirRecordsCountedByOutcome() {
    assertThat(
            value(
                "touchstone_sync_run_duration_seconds_count",
                "source=\"us-tx-tdlr\"",
                "outcome=\"PARTIAL\""))
        .isEqualTo(1.0);
    assertThat(
            value(
                "touchstone_sync_run_duration_seconds_count",
                "source=\"us-wa-doh\"",
                "outcome=\"FAILED\""))
        .isEqualTo(1.0);
    assertThat(
            value("touchstone_sync_records_total", "source=\"us-tx-tdlr\"", "outcome=\"inserted\""))
        .isEqualTo(12.0);
    assertThat(
            value("touchstone_sync_records_total", "source=\"us-tx-tdlr\"", "outcome=\"filtered\""))
        .isEqualTo(1.0);
    assertThat(value("touchstone_sync_quarantined_rows_total", "source=\"us-tx-tdlr\""))
        .isEqualTo(1.0);
  }

  @Test
  void callsToBoardsAreCountedByStatus() {
    assertThat(
            value(
                "touchstone_http_client_calls_total",
                "host=\"" + boards.server().getHostName() + "\"",
                "status=\"404\""))
        .isGreaterThanOrEqualTo(1.0);
    assertThat(value("touchstone_http_client_calls_total", "status=\"200\""))
        .isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void requestLatencyIsMeasuredPerEndpointTemplate() {
    assertThat(
            lines(
                "http_server_requests_seconds_count",
                "uri=\"/api/v1/licenses/{jurisdiction}/{licenseNumber}\"",
                "status=\"200\""))
        .isNotEmpty();
  }
}
