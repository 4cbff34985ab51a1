package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.jsonapi.NppesAdapter;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NppesAdapterTest {
  private final BoardServer board = new BoardServer();
  private final AdapterTestSupport support = new AdapterTestSupport();
  private final NppesAdapter adapter = new NppesAdapter(support.fetcher);

  @AfterEach
  void stop() {
    board.close();
  }

  private List<RawRecord> read() {
    SourceDefinition source =
        AdapterTestSupport.source("us-npi-nppes", Map.of("url", board.url("/api/")));
    return AdapterTestSupport.readAll(
        adapter, AdapterTestSupport.request(source, Set.of(), Set.of()));
  }

  @Test
  void queriesEachStateForTheMassageTaxonomy() throws Exception {
    byte[] individual = Fixtures.bytes("us-npi-nppes/us-npi-nppes-individual.json");
    byte[] empty = Fixtures.bytes("us-npi-nppes/us-npi-nppes-empty.json");
    board.serve(
        "/api/",
        r ->
            BoardServer.ok(
                "FL".equals(r.getUrl().queryParameter("state")) ? individual : empty,
                "application/json"));
    List<RawRecord> rows = read();
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("number")).isEqualTo("1582034173");
              assertThat(row.get("taxonomies.0.license")).isEqualTo("MA72915");
            });
    RecordedRequest first = board.server().takeRequest();
    assertThat(first.getUrl().queryParameter("taxonomy_description"))
        .isEqualTo("Massage Therapist");
    assertThat(first.getUrl().queryParameter("version")).isEqualTo("2.1");
    assertThat(first.getUrl().queryParameter("limit")).isEqualTo("200");
    assertThat(board.server().getRequestCount()).isEqualTo(5);
  }

  @Test
  void anErrorsBodyWithHttp200IsAFailureNeverNoResults() {
    board.serve(
        "/api/",
        r ->
            BoardServer.ok(
                Fixtures.bytes("us-npi-nppes/us-npi-nppes-error.json"), "application/json"));
    assertThatThrownBy(this::read)
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("Wildcards require at least two leading characters");
  }

  @Test
  void anAnswerWithoutResultsIsAFailure() {
    board.serve(
        "/api/", r -> BoardServer.ok("{\"result_count\": 3}".getBytes(), "application/json"));
    assertThatThrownBy(this::read)
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("no 'results'");
  }

  /**
   * The NPI Registry as it behaves: a query answers at most {@code limit} records from {@code
   * skip}, and never more than 1,200 in all (skip is at most 1,000); {@code postal_code} takes a
   * trailing wildcard. Each provider is {npi, state, zip}.
   */
  private void serveRegistry(List<String[]> providers) {
    board.serve(
        "/api/",
        request -> {
          String state = request.getUrl().queryParameter("state");
          String zip = request.getUrl().queryParameter("postal_code");
          int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
          int skip = Integer.parseInt(request.getUrl().queryParameter("skip"));
          if (skip > 1000) {
            return BoardServer.ok(
                "{\"Errors\": [{\"description\": \"skip must be at most 1000\"}]}".getBytes(),
                "application/json");
          }
          List<String[]> matching =
              providers.stream()
                  .filter(p -> p[1].equals(state))
                  .filter(
                      p ->
                          zip == null
                              || (zip.endsWith("*")
                                  ? p[2].startsWith(zip.substring(0, zip.length() - 1))
                                  : p[2].equals(zip)))
                  .toList();
          StringBuilder body = new StringBuilder("{\"result_count\": 0, \"results\": [");
          List<String[]> page =
              matching.subList(
                  Math.min(skip, matching.size()), Math.min(skip + limit, matching.size()));
          for (int i = 0; i < page.size(); i++) {
            String[] p = page.get(i);
            body.append(i == 0 ? "" : ",")
                .append("{\"number\": \"")
                .append(p[0])
                .append("\", \"enumeration_type\": \"NPI-1\", ")
                .append("\"addresses\": [{\"address_purpose\": \"LOCATION\", \"postal_code\": \"")
                .append(p[2])
                .append("\"}], ")
                .append("\"taxonomies\": [{\"code\": \"225700000X\", \"state\": \"")
                .append(p[1])
                .append("\", \"license\": \"MA")
                .append(p[0], 5, 10)
                .append("\"}]}");
          }
          return BoardServer.ok(body.append("]}").toString().getBytes(), "application/json");
        });
  }

  private static List<String[]> providers(String state, String zipPrefix, int count, int firstNpi) {
    List<String[]> providers = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      String zip =
          zipPrefix
              + String.format(
                  "%0" + (5 - zipPrefix.length()) + "d",
                  i % (int) Math.pow(10, 5 - zipPrefix.length()));
      providers.add(new String[] {Integer.toString(firstNpi + i), state, zip});
    }
    return providers;
  }

  @Test
  void aStateWithMoreMassageNpisThanOneQueryReachesIsReadWholeThroughNarrowerQueries() {
    List<String[]> florida = new java.util.ArrayList<>(providers("FL", "33", 900, 1_100_000_000));
    florida.addAll(providers("FL", "32", 600, 1_200_000_000));
    florida.addAll(providers("TX", "78", 40, 1_300_000_000));
    serveRegistry(florida);

    List<RawRecord> rows = read();

    assertThat(rows).hasSize(1_540);
    assertThat(rows).extracting(r -> r.get("number")).doesNotHaveDuplicates();
    assertThat(rows).filteredOn(r -> "FL".equals(r.get("taxonomies.0.state"))).hasSize(1_500);
  }

  @Test
  void aQueryThatStillReachesTheCapAtOneZipCodeFailsTheRunRatherThanLoadAPartialSet() {
    List<String[]> crowded = new java.util.ArrayList<>();
    for (int i = 0; i < 1_300; i++) {
      crowded.add(new String[] {Integer.toString(1_400_000_000 + i), "FL", "33990"});
    }
    serveRegistry(crowded);

    assertThatThrownBy(this::read)
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("state FL and postal code 33990")
        .hasMessageContaining("cannot be split further");
  }
}
