package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.socrata.SocrataAdapter;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocrataAdapterTest {
  private final BoardServer board = new BoardServer();
  private final AdapterTestSupport support = new AdapterTestSupport();
  private final SocrataAdapter adapter = new SocrataAdapter(support.fetcher);

  @AfterEach
  void stop() {
    board.close();
  }

  private ReadRequest request(Map<String, String> overrides, Set<String> keyColumns) {
    java.util.HashMap<String, String> all = new java.util.HashMap<>(overrides);
    all.put("url", board.url("/resource/qxh8-f4bd.json"));
    return AdapterTestSupport.request(
        AdapterTestSupport.source("us-wa-doh", all), Set.of(), keyColumns);
  }

  private static String page(int from, int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"credentialnumber\":\"MA")
          .append(from + i)
          .append("\"}");
    }
    return json.append("]").toString();
  }

  @Test
  void pagesInAStableOrderUntilAShortPage() throws Exception {
    board.serve(
        "/resource/qxh8-f4bd.json",
        request -> {
          int offset = Integer.parseInt(request.getUrl().queryParameter("$offset"));
          return new MockResponse.Builder()
              .body(offset < 4 ? page(offset, 2) : page(offset, 1))
              .build();
        });
    List<RawRecord> rows =
        AdapterTestSupport.readAll(adapter, request(Map.of("socrata.page-size", "2"), Set.of()));
    assertThat(rows)
        .extracting(r -> r.get("credentialnumber"))
        .containsExactly("MA0", "MA1", "MA2", "MA3", "MA4");
    assertThat(rows).extracting(RawRecord::row).containsExactly(1, 2, 3, 4, 5);
    RecordedRequest first = board.server().takeRequest();
    assertThat(first.getUrl().queryParameter("$order")).isEqualTo(":id");
    assertThat(first.getUrl().queryParameter("$select")).isEqualTo(":*, *");
    assertThat(first.getUrl().queryParameter("$limit")).isEqualTo("2");
    assertThat(first.getUrl().queryParameter("$where"))
        .isEqualTo("upper(credentialtype) like 'MASSAGE%'");
  }

  @Test
  void sendsTheAppTokenWhenConfigured() throws Exception {
    board.serve(
        "/resource/qxh8-f4bd.json", request -> new MockResponse.Builder().body("[]").build());
    AdapterTestSupport.readAll(adapter, request(Map.of("socrata.app-token", "tok123"), Set.of()));
    assertThat(board.server().takeRequest().getHeaders().get("X-App-Token")).isEqualTo("tok123");
  }

  @Test
  void backsOffOn429AndOn202ThenReads() {
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    board.serve(
        "/resource/qxh8-f4bd.json",
        request ->
            switch (calls.getAndIncrement()) {
              case 0 -> new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build();
              case 1 -> new MockResponse.Builder().code(202).body("{}").build();
              default ->
                  new MockResponse.Builder()
                      .body(
                          new String(
                              Fixtures.bytes("us-wa-doh/us-wa-doh.json"), StandardCharsets.UTF_8))
                      .build();
            });
    List<RawRecord> rows = AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of()));
    assertThat(rows).hasSize(18);
    assertThat(support.waits).hasSize(2);
    assertThat(support.waits.get(0)).hasSeconds(2);
  }

  @Test
  void flattensUrlObjectsToTheirUrl() {
    board.serve(
        "/resource/qxh8-f4bd.json",
        request ->
            new MockResponse.Builder()
                .body(
                    new String(
                        Fixtures.bytes("us-co-dora/us-co-dora.json"), StandardCharsets.UTF_8))
                .build());
    List<RawRecord> rows = AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of()));
    assertThat(rows.get(0).get("linktoverifylicense")).startsWith("https://www.colorado.gov/");
  }

  @Test
  void anErrorObjectInsteadOfRowsFailsTheRead() {
    board.serve(
        "/resource/qxh8-f4bd.json",
        request ->
            new MockResponse.Builder()
                .code(200)
                .body(
                    "{\"code\":\"query.compiler.malformed\",\"error\":true,\"message\":\"Could not parse SoQL query\"}")
                .build());
    assertThatThrownBy(() -> AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of())))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("Could not parse SoQL query");
  }

  @Test
  void aTruncatedJsonArrayFailsTheRead() {
    String json = new String(Fixtures.bytes("us-wa-doh/us-wa-doh.json"), StandardCharsets.UTF_8);
    board.serve(
        "/resource/qxh8-f4bd.json",
        request -> new MockResponse.Builder().body(json.substring(0, json.length() / 2)).build());
    assertThatThrownBy(() -> AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of())))
        .isInstanceOf(SourceReadException.class);
  }

  @Test
  void aDatasetWhoseRowsLackAKeyColumnFailsTheRead() {
    board.serve(
        "/resource/qxh8-f4bd.json",
        request -> new MockResponse.Builder().body("[{\"credential_no\":\"MA1\"}]").build());
    assertThatThrownBy(
            () ->
                AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of("credentialnumber"))))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("credentialnumber");
  }

  @Test
  void aServerErrorThatPersistsFailsAfterBoundedRetries() {
    board.serve(
        "/resource/qxh8-f4bd.json", request -> new MockResponse.Builder().code(500).build());
    assertThatThrownBy(() -> AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of())))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("3 attempts");
    assertThat(board.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void aNotFoundIsFinalWithoutRetries() {
    board.serve("/other", request -> new MockResponse.Builder().build());
    assertThatThrownBy(() -> AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of())))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("HTTP 404");
    assertThat(board.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aReadTimeoutIsRetriedThenFails() {
    board.serve(
        "/resource/qxh8-f4bd.json",
        request ->
            new MockResponse.Builder()
                .body("[]")
                .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                .build());
    assertThatThrownBy(() -> AdapterTestSupport.readAll(adapter, request(Map.of(), Set.of())))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("timed out");
  }
}
