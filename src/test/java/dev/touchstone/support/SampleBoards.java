package dev.touchstone.support;

import java.util.HashMap;
import java.util.Map;

/**
 * A board server serving every source's fixture at the path its real URL would have, and the
 * properties that point every source at it, on a fresh in-memory database.
 */
public final class SampleBoards {
  /** The Oregon lookup's result and detail pages, as saved. */
  public static final java.util.List<String> OREGON_PAGES =
      java.util.List.of(
          "results.html",
          "results-2.html",
          "detail-24117.html",
          "detail-30552.html",
          "detail-18803.html",
          "detail-27740.html",
          "detail-F1021.html");

  private SampleBoards() {}

  public static BoardServer start() {
    BoardServer server = new BoardServer();
    server.serveFixture("/resource/qxh8-f4bd.json", "us-wa-doh/us-wa-doh.json", "application/json");
    server.serveFixture(
        "/resource/7s5z-vewr.json", "us-co-dora/us-co-dora.json", "application/json");
    server.serveFixture("/resource/ngch-56tr.json", "us-ct-dcp/us-ct-dcp.json", "application/json");
    server.serveFixture("/dbproduction2/ltmassage.csv", "us-tx-tdlr/us-tx-tdlr.csv", "text/csv");
    server.serveFixture("/mqa/PROF_ALL.txt", "us-fl-mqa/us-fl-mqa.txt", "text/plain");
    server.serveFixture("/mqa/dxe004dd.txt", "us-fl-mqa/us-fl-mqa-complaints.txt", "text/plain");
    byte[] individual = Fixtures.bytes("us-npi-nppes/us-npi-nppes-individual.json");
    byte[] empty = Fixtures.bytes("us-npi-nppes/us-npi-nppes-empty.json");
    server.serve(
        "/api/",
        request ->
            "FL".equals(request.getUrl().queryParameter("state"))
                ? BoardServer.ok(individual, "application/json")
                : BoardServer.ok(empty, "application/json"));
    server.serveFixture("/exclusions/UPDATED.csv", "us-oig-leie/us-oig-leie.csv", "text/csv");
    server.serveFixture(
        "/resource/pzzh-kp68.json", "us-il-idfpr/us-il-idfpr.json", "application/json");
    server.serveFixture("/ohio/licensure-individual.csv", "us-oh-smb/us-oh-smb.csv", "text/csv");
    server.serve(
        "/mopro/massage-therapists.zip",
        request -> BoardServer.ok(Fixtures.missouriZip(), "application/zip"));
    server.serve(
        "/lara/M-O.xlsx",
        request ->
            BoardServer.ok(
                MichiganWorkbook.bytes(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    server.serveFixture("/cbp/licenses.csv", "us-ak-cbpl/us-ak-cbpl.csv", "text/csv");
    server.serveFixture("/resource/pjnv-eaih.json", "us-de-dpr/us-de-dpr.json", "application/json");
    server.serveFixture(
        "/resource/dz6p-akeq.json", "us-de-dpr/us-de-dpr-actions.json", "application/json");
    for (String page : OREGON_PAGES) {
      server.serveFixture(
          "/LicenseLookup/" + page, "us-or-obmt/" + page, "text/html; charset=utf-8");
    }
    return server;
  }

  /**
   * The NPI registry's answers for Washington as well as Florida, for tests that link licenses
   * across both.
   */
  public static void serveNpiRegistryForFloridaAndWashington(BoardServer server) {
    byte[] florida = Fixtures.bytes("us-npi-nppes/us-npi-nppes-individual.json");
    byte[] washington = Fixtures.bytes("us-npi-nppes/us-npi-nppes-washington.json");
    byte[] empty = Fixtures.bytes("us-npi-nppes/us-npi-nppes-empty.json");
    server.serve(
        "/api/",
        request ->
            switch (String.valueOf(request.getUrl().queryParameter("state"))) {
              case "FL" -> BoardServer.ok(florida, "application/json");
              case "WA" -> BoardServer.ok(washington, "application/json");
              default -> BoardServer.ok(empty, "application/json");
            });
  }

  public static Map<String, String> properties(BoardServer server) {
    Map<String, String> properties = new HashMap<>(database());
    properties.put("touchstone.sources.us-wa-doh.url", server.url("/resource/qxh8-f4bd.json"));
    properties.put("touchstone.sources.us-co-dora.url", server.url("/resource/7s5z-vewr.json"));
    properties.put("touchstone.sources.us-ct-dcp.url", server.url("/resource/ngch-56tr.json"));
    properties.put("touchstone.sources.us-tx-tdlr.url", server.url("/dbproduction2/ltmassage.csv"));
    properties.put(
        "touchstone.sources.us-fl-mqa.files.licensure.url", server.url("/mqa/PROF_ALL.txt"));
    properties.put(
        "touchstone.sources.us-fl-mqa.files.complaints.url", server.url("/mqa/dxe004dd.txt"));
    properties.put("touchstone.sources.us-npi-nppes.url", server.url("/api/"));
    properties.put("touchstone.sources.us-oig-leie.url", server.url("/exclusions/UPDATED.csv"));
    properties.put("touchstone.sources.us-or-obmt.url", server.url("/LicenseLookup/results.html"));
    properties.put("touchstone.sources.us-il-idfpr.url", server.url("/resource/pzzh-kp68.json"));
    properties.put(
        "touchstone.sources.us-oh-smb.url", server.url("/ohio/licensure-individual.csv"));
    properties.put("touchstone.sources.us-mo-pr.url", server.url("/mopro/massage-therapists.zip"));
    properties.put("touchstone.sources.us-mi-lara.url", server.url("/lara/M-O.xlsx"));
    properties.put("touchstone.sources.us-ak-cbpl.url", server.url("/cbp/licenses.csv"));
    properties.put(
        "touchstone.sources.us-de-dpr.files.licenses.url", server.url("/resource/pjnv-eaih.json"));
    properties.put(
        "touchstone.sources.us-de-dpr.files.actions.url", server.url("/resource/dz6p-akeq.json"));
    // Every sample board is on 127.0.0.1: Oregon's politeness would pace them all.
    properties.put("touchstone.sources.us-or-obmt.min-request-interval", "PT0S");
    properties.put("touchstone.clock.fixed-date", "2026-07-01");
    properties.put("touchstone.admin-key", "test-admin-key-0123");
    properties.put("touchstone.http.initial-backoff", "0s");
    properties.put("touchstone.http.max-backoff", "1ms");
    return properties;
  }

  /**
   * A database of this test class's own, so test classes never see each other's rows: in-memory H2,
   * or a new database on the PostgreSQL server that {@code touchstone.test.postgres.url} names.
   */
  public static Map<String, String> database() {
    return TestDatabases.fresh();
  }
}
