package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.html.HtmlAdapter;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The html adapter on the Oregon lookup's result and detail pages. */
class HtmlAdapterTest {
  private static final List<String> PAGES =
      List.of(
          "results.html",
          "results-2.html",
          "detail-24117.html",
          "detail-30552.html",
          "detail-18803.html",
          "detail-27740.html",
          "detail-F1021.html");

  private final BoardServer board = new BoardServer();
  private final AdapterTestSupport support = new AdapterTestSupport();
  private final HtmlAdapter adapter = new HtmlAdapter(support.fetcher);
  private final List<String> requested = new CopyOnWriteArrayList<>();

  @BeforeEach
  void serveTheLookup() {
    for (String page : PAGES) {
      serve(page, page);
    }
  }

  @AfterEach
  void stop() {
    board.close();
  }

  private void serve(String path, String fixture) {
    byte[] bytes = Fixtures.bytes("us-or-obmt/" + fixture);
    board.serve(
        "/obmt/" + path,
        request -> {
          requested.add(request.getUrl().encodedPath());
          return BoardServer.ok(bytes, "text/html; charset=utf-8");
        });
  }

  private SourceDefinition oregon(String url) {
    return AdapterTestSupport.source("us-or-obmt", Map.of("url", url));
  }

  private List<RawRecord> read(SourceDefinition source) {
    return AdapterTestSupport.readAll(
        adapter, AdapterTestSupport.request(source, Set.of(), Set.of()));
  }

  @Test
  void readsEveryResultPageAndEachLicensesOwnPageOneAtATime() {
    List<RawRecord> records = read(oregon(board.url("/obmt/results.html")));

    assertThat(requested)
        .containsExactly(
            "/obmt/results.html",
            "/obmt/detail-24117.html",
            "/obmt/detail-30552.html",
            "/obmt/detail-18803.html",
            "/obmt/results-2.html",
            "/obmt/detail-27740.html",
            "/obmt/detail-F1021.html");
    assertThat(records)
        .extracting(r -> r.get("license_number"))
        .containsExactly("24117", "30552", "18803", "18803", "27740", "F1021");
    RawRecord first = records.get(0);
    assertThat(first.values())
        .containsEntry("name", "Abernathy, Clara J")
        .containsEntry("status", "Active")
        .containsEntry("expires", "05/31/2027")
        .containsEntry("city", "Portland")
        .containsEntry("issued", "06/14/2016")
        .containsEntry("detail_url", board.url("/obmt/detail-24117.html"));
    assertThat(records.get(1).get("name")).isEqualTo("Nguyễn, Thảo");
    assertThat(records.subList(2, 4))
        .extracting(r -> r.get("action"), r -> r.get("case_number"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Emergency Suspension", "2026-031"),
            org.assertj.core.groups.Tuple.tuple(
                "Stipulated Order - Civil Penalty $500", "2022-114"));
    assertThat(records).extracting(RawRecord::row).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void theBoardsOwnNoResultsMessageIsAnEmptyResultNotAnError() {
    serve("none.html", "no-results.html");
    assertThat(read(oregon(board.url("/obmt/none.html")))).isEmpty();
  }

  @Test
  void aRedesignedResultPageFailsTheReadNamingTheSelectorThatNoLongerMatches() {
    serve("results.html", "results-redesigned.html");
    assertThatThrownBy(() -> read(oregon(board.url("/obmt/results.html"))))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("no longer matches its selectors")
        .hasMessageContaining("form#license-lookup")
        .hasMessageContaining("Find a Licensee");
  }

  @Test
  void aResultPageWithoutRowsOrTheNoResultsMessageFails() {
    String empty =
        new String(Fixtures.bytes("us-or-obmt/results.html"), StandardCharsets.UTF_8)
            .replaceAll("(?s)<tbody>.*</tbody>", "<tbody></tbody>");
    board.serve(
        "/obmt/results.html",
        request -> BoardServer.ok(empty.getBytes(StandardCharsets.UTF_8), "text/html"));
    assertThatThrownBy(() -> read(oregon(board.url("/obmt/results.html"))))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("no result rows");
  }

  @Test
  void aColumnWhoseSelectorMatchesInNoRowFailsTheRead() {
    String renamed =
        new String(Fixtures.bytes("us-or-obmt/results.html"), StandardCharsets.UTF_8)
            .replace("class=\"lic-name\"", "class=\"licensee\"");
    board.serve(
        "/obmt/results.html",
        request -> BoardServer.ok(renamed.getBytes(StandardCharsets.UTF_8), "text/html"));
    assertThatThrownBy(() -> read(oregon(board.url("/obmt/results.html"))))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("'name' ('td.lic-name') matches nothing in any of the 3 rows");
  }

  @Test
  void aDetailPageThatNoLongerMatchesFailsTheRead() {
    serve("detail-30552.html", "results-redesigned.html");
    assertThatThrownBy(() -> read(oregon(board.url("/obmt/results.html"))))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("detail-30552.html no longer matches")
        .hasMessageContaining("html.detail.page");
  }

  @Test
  void anErrorPageInsteadOfResultsFailsTheRead() {
    board.serve(
        "/obmt/results.html",
        request ->
            BoardServer.ok(
                "<html><head><title>Service Unavailable</title></head><body>Try again later</body></html>"
                    .getBytes(StandardCharsets.UTF_8),
                "text/html"));
    assertThatThrownBy(() -> read(oregon(board.url("/obmt/results.html"))))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("Service Unavailable");
  }

  @Test
  void aLinkOffTheBoardsHostIsNeverFollowedNorIsALocalFile(@TempDir Path folder) throws Exception {
    // security-2026-12 F6: a board page made the service read a local file and publish it, and
    // GET an internal host.
    Path secret = folder.resolve("local-secret.html");
    Files.writeString(secret, "<html><body>db-password=hunter2</body></html>");
    String results = new String(Fixtures.bytes("us-or-obmt/results.html"), StandardCharsets.UTF_8);
    try (BoardServer internal = new BoardServer()) {
      List<String> reached = new CopyOnWriteArrayList<>();
      internal.serve(
          "/internal-admin/users",
          request -> {
            reached.add(request.getUrl().encodedPath());
            return BoardServer.ok("<html></html>".getBytes(StandardCharsets.UTF_8), "text/html");
          });
      for (String link :
          List.of(
              secret.toUri().toString(),
              internal.url("/internal-admin/users"),
              "ftp://" + java.net.URI.create(board.url("/")).getAuthority() + "/detail.html")) {
        board.serve(
            "/obmt/results.html",
            request ->
                BoardServer.ok(
                    results
                        .replace("href=\"detail-24117.html\"", "href=\"" + link + "\"")
                        .getBytes(StandardCharsets.UTF_8),
                    "text/html"));
        assertThatThrownBy(() -> read(oregon(board.url("/obmt/results.html"))))
            .as(link)
            .isInstanceOf(SourceReadException.class)
            .hasMessageContaining("leads off the board's host")
            .hasMessageNotContaining("internal-admin")
            .hasMessageNotContaining("local-secret");
      }
      assertThat(reached).as("the internal host was never asked").isEmpty();
    }
  }

  @Test
  void eachQueryIsSearchedInTurn() {
    SourceDefinition base = oregon(board.url("/obmt/search.html?lastName={query}"));
    HtmlSettings html = base.html();
    HtmlSettings byInitial =
        new HtmlSettings(
            List.of("A", "Ø"),
            html.page(),
            html.rows(),
            html.fields(),
            html.links(),
            html.nextPage(),
            html.noResults(),
            null,
            html.maxPages());
    SourceDefinition source = withHtml(base, byInitial);
    byte[] some = Fixtures.bytes("us-or-obmt/results-2.html");
    byte[] none = Fixtures.bytes("us-or-obmt/no-results.html");
    board.serve(
        "/obmt/search.html",
        request -> {
          requested.add(request.getUrl().queryParameter("lastName"));
          return BoardServer.ok(
              "A".equals(request.getUrl().queryParameter("lastName")) ? some : none, "text/html");
        });

    assertThat(read(source))
        .extracting(r -> r.get("license_number"))
        .containsExactly("27740", "F1021");
    assertThat(requested).containsExactly("A", "Ø");
  }

  @Test
  void aFolderOfSavedPagesIsReadLikeTheBoard(@TempDir Path folder) throws Exception {
    for (String page : PAGES) {
      java.nio.file.Files.write(folder.resolve(page), Fixtures.bytes("us-or-obmt/" + page));
    }
    List<RawRecord> records = read(oregon(folder.resolve("results.html").toString()));
    assertThat(records).hasSize(6);
    assertThat(records.get(0).get("detail_url")).startsWith("file:").endsWith("detail-24117.html");
  }

  @Test
  void aSelectorThatIsNotCssIsRefusedWhenTheDefinitionLoads() {
    Map<String, String> overrides =
        new HashMap<>(Map.of("url", "https://example.org/", "html.rows", "table >> tr["));
    SourceDefinition source = AdapterTestSupport.source("us-or-obmt", overrides);
    assertThatThrownBy(() -> adapter.check(source)).hasMessageContaining("is not valid CSS");
  }

  private static SourceDefinition withHtml(SourceDefinition b, HtmlSettings html) {
    return new SourceDefinition(
        b.id(),
        b.name(),
        b.jurisdiction(),
        b.kind(),
        b.adapter(),
        b.enabled(),
        b.disabledReason(),
        b.records(),
        b.activeOnly(),
        b.url(),
        null,
        b.maxAge(),
        b.minSnapshotFraction(),
        b.maxUnpublishFraction(),
        b.lookupUrl(),
        b.minRequestInterval(),
        b.dateFormats(),
        b.sentinels(),
        b.delimited(),
        b.archive(),
        b.socrata(),
        b.jsonApi(),
        html,
        b.xlsx(),
        b.license(),
        b.exclusion());
  }
}
