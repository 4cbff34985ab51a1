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
    SourceDefinition source = AdapterTestSupport.source("us-npi-nppes", Map.of("url", board.url("/api/")));
    return AdapterTestSupport.readAll(adapter, AdapterTestSupport.request(source, Set.of(), Set.of()));
  }

  @Test
  void queriesEachStateForTheMassageTaxonomy() throws Exception {
    byte[] individual = Fixtures.bytes("us-npi-nppes/us-npi-nppes-individual.json");
    byte[] empty = Fixtures.bytes("us-npi-nppes/us-npi-nppes-empty.json");
    board.serve("/api/", r -> BoardServer.ok("FL".equals(r.getUrl().queryParameter("state")) ? individual : empty, "application/json"));
    List<RawRecord> rows = read();
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("number")).isEqualTo("1582034173");
      assertThat(row.get("taxonomies.0.license")).isEqualTo("MA72915");
    });
    RecordedRequest first = board.server().takeRequest();
    assertThat(first.getUrl().queryParameter("taxonomy_description")).isEqualTo("Massage Therapist");
    assertThat(first.getUrl().queryParameter("version")).isEqualTo("2.1");
    assertThat(first.getUrl().queryParameter("limit")).isEqualTo("200");
    assertThat(board.server().getRequestCount()).isEqualTo(5);
  }

  @Test
  void anErrorsBodyWithHttp200IsAFailureNeverNoResults() {
    board.serve("/api/", r -> BoardServer.ok(Fixtures.bytes("us-npi-nppes/us-npi-nppes-error.json"), "application/json"));
    assertThatThrownBy(this::read).isInstanceOf(SourceReadException.class)
        .hasMessageContaining("Wildcards require at least two leading characters");
  }

  @Test
  void anAnswerWithoutResultsIsAFailure() {
    board.serve("/api/", r -> BoardServer.ok("{\"result_count\": 3}".getBytes(), "application/json"));
    assertThatThrownBy(this::read).isInstanceOf(SourceReadException.class).hasMessageContaining("no 'results'");
  }
}
