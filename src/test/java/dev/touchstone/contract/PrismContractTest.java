package dev.touchstone.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.NodeTools;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation of the OpenAPI document, with its answers and its problems, sent through
 * Stoplight Prism's validating proxy: an answer that differs from what the document says (a null
 * where it promises a string, a status it does not list, another content type) is a violation, and
 * one violation fails the test (security-2026-12 F16).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrismContractTest implements TestPropertyProvider {
  private static final String ADMIN = "test-admin-key-0123";
  private final BoardServer boards = SampleBoards.start();
  private final MockWebServer receiver = new MockWebServer();

  @Inject EmbeddedServer server;
  @Inject SyncService sync;
  @Inject JsonMapper json;

  private NodeTools.Prism prism;
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<String> violations = new ArrayList<>();
  private final Set<String> covered = new LinkedHashSet<>();
  private Map<String, Pattern> operations;

  @Override
  public Map<String, String> getProperties() {
    // Florida with two licenses of the same digits, for the 300 answer.
    boards.serveFixture("/mqa/PROF_ALL.txt", "us-fl-mqa/us-fl-mqa-shared-digits.txt", "text/plain");
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void startPrism() throws IOException {
    NodeTools tools = NodeTools.installed();
    receiver.start();
    List.of(
            "us-wa-doh",
            "us-co-dora",
            "us-ct-dcp",
            "us-tx-tdlr",
            "us-fl-mqa",
            "us-npi-nppes",
            "us-oig-leie")
        .forEach(sync::run);
    prism = tools.proxy(NodeTools.openApiDocument(), "http://127.0.0.1:" + server.getPort());
    operations = operations();
  }

  @AfterAll
  void stop() throws IOException {
    System.out.println("VIOLATIONS\n" + String.join("\n", violations));
    if (prism != null) {
      prism.close();
    }
    receiver.close();
    boards.close();
  }

  /** Each operation of the document as "METHOD /path/{template}", with a pattern for its paths. */
  @SuppressWarnings("unchecked")
  private static Map<String, Pattern> operations() throws IOException {
    Map<String, Object> document;
    try (InputStream in = Files.newInputStream(NodeTools.openApiDocument())) {
      document = new Yaml().load(in);
    }
    Map<String, Pattern> found = new LinkedHashMap<>();
    ((Map<String, Map<String, Object>>) document.get("paths"))
        .forEach(
            (path, methods) ->
                methods.keySet().stream()
                    .filter(m -> !m.equals("parameters"))
                    .forEach(
                        method ->
                            found.put(
                                method.toUpperCase() + " " + path,
                                Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+")))));
    return found;
  }

  record Answer(
      String request, int status, String contentType, String body, Map<String, Object> json) {}

  private Answer call(
      String method, String path, String key, String type, String body, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(prism.url() + path));
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (body != null) {
      request.header("Content-Type", type);
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    operations.entrySet().stream()
        .filter(op -> op.getKey().startsWith(method + " ") && op.getValue().matcher(bare).matches())
        .map(Map.Entry::getKey)
        .sorted((a, b) -> Integer.compare(a.indexOf('{') < 0 ? 0 : 1, b.indexOf('{') < 0 ? 0 : 1))
        .findFirst()
        .ifPresentOrElse(
            covered::add, () -> violations.add(method + " " + path + ": not in the document"));
    response
        .headers()
        .firstValue("sl-violations")
        .ifPresent(
            report -> {
              List<Map<String, Object>> found =
                  read(report, Argument.listOf(Argument.mapOf(String.class, Object.class)));
              found.stream()
                  .filter(v -> ((List<?>) v.get("location")).get(0).equals("response"))
                  .forEach(
                      v ->
                          violations.add(
                              method
                                  + " "
                                  + path
                                  + " → "
                                  + response.statusCode()
                                  + ": "
                                  + v.get("message")));
            });
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    Map<String, Object> parsed =
        contentType.contains("json") && response.body().startsWith("{")
            ? read(response.body(), Argument.mapOf(String.class, Object.class))
            : Map.of();
    return new Answer(
        method + " " + path, response.statusCode(), contentType, response.body(), parsed);
  }

  private <T> T read(String text, Argument<T> type) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Answer get(String path, String key) throws IOException, InterruptedException {
    return call("GET", path, key, null, null, null);
  }

  private Answer send(String method, String path, String key, String jsonBody)
      throws IOException, InterruptedException {
    return call(method, path, key, "application/json", jsonBody, null);
  }

  /** A status other than the one the request should get is reported with the rest. */
  private Answer expect(int status, Answer answer) {
    if (answer.status() != status) {
      violations.add(
          answer.request()
              + ": expected "
              + status
              + ", got "
              + answer.status()
              + ": "
              + answer.body().lines().findFirst().orElse(""));
    }
    return answer;
  }

  @Test
  void everyAnswerOfEveryOperationIsWhatTheDocumentSays() throws Exception {
    // The public reads, found and not.
    expect(200, get("/api/v1/jurisdictions", null));
    for (String license :
        List.of(
            "WA/MA60218734",
            "WA/MA60033907",
            "CO/MT.41236",
            "CT/4242",
            "TX/MT142207",
            "FL/MA50043")) {
      get("/api/v1/licenses/" + license, null);
    }
    expect(300, get("/api/v1/licenses/FL/50042", null));
    expect(404, get("/api/v1/licenses/WA/MA99999999", null));
    expect(404, get("/api/v1/licenses/ZZ/123", null));
    Answer search = get("/api/v1/practitioners?name=Marguerite%20Ostrowski&state=WA", null);
    expect(200, search);
    get("/api/v1/practitioners?name=Jane%20Doe", null);
    get("/api/v1/practitioners?name=smith&state=FL&limit=5&offset=0", null);
    expect(400, get("/api/v1/practitioners", null));
    expect(400, get("/api/v1/practitioners?name=a&limit=-1", null));
    List<Map<String, Object>> results = (List<Map<String, Object>>) search.json().get("results");
    expect(200, get("/api/v1/practitioners/" + results.get(0).get("practitionerId"), null));
    get("/api/v1/practitioners/npi-1582034173", null);
    expect(400, get("/api/v1/practitioners/nobody-here", null));
    expect(404, get("/api/v1/practitioners/lic-999999999", null));

    // Verification, anonymous.
    Answer verified =
        send(
            "POST",
            "/api/v1/verifications",
            null,
            "{\"name\":\"Marguerite Ostrowski\",\"state\":\"WA\",\"licenseNumber\":\"MA60218734\"}");
    expect(201, verified);
    for (String request :
        List.of(
            "{\"name\":\"Jane Doe\",\"state\":\"KS\"}",
            "{\"name\":\"Nobody Atall\",\"state\":\"WA\"}",
            "{\"name\":\"Someone\",\"state\":\"WA\",\"licenseNumber\":\"MA60307716\"}",
            "{\"name\":\"Someone\",\"state\":\"OR\"}",
            "{\"name\":\"Someone\",\"state\":\"FL\",\"licenseNumber\":\"50042\"}")) {
      expect(201, send("POST", "/api/v1/verifications", null, request));
    }
    expect(400, send("POST", "/api/v1/verifications", null, "{\"state\":\"WA\"}"));
    expect(400, send("POST", "/api/v1/verifications", null, "[1]"));
    expect(200, get("/api/v1/verifications/" + verified.json().get("id"), null));
    expect(404, get("/api/v1/verifications/00000000-0000-0000-0000-000000000000", null));
    expect(400, get("/api/v1/verifications/not-an-id", null));

    // Operators.
    expect(200, get("/api/v1/sources", null));
    expect(401, call("POST", "/api/v1/sources/us-wa-doh/sync", null, null, null, null));
    expect(
        403,
        call("POST", "/api/v1/sources/us-wa-doh/sync", "wrong-key-wrong-key", null, null, null));
    expect(404, call("POST", "/api/v1/sources/no-such-source/sync", ADMIN, null, null, null));
    Answer started = call("POST", "/api/v1/sources/us-tx-tdlr/sync", ADMIN, null, null, null);
    expect(202, started);
    Answer runs = get("/api/v1/sync-runs?limit=20", null);
    expect(200, runs);
    get("/api/v1/sync-runs?source=us-wa-doh", null);
    expect(400, get("/api/v1/sync-runs?limit=0", null));
    for (Object run : (List<?>) runs.json().get("runs")) {
      get("/api/v1/sync-runs/" + ((Map<?, ?>) run).get("id"), null);
    }
    expect(404, get("/api/v1/sync-runs/00000000-0000-0000-0000-000000000000", null));

    // Organizations and keys (admin).
    expect(401, send("POST", "/api/v1/organizations", null, "{\"name\":\"X\"}"));
    expect(400, send("POST", "/api/v1/organizations", ADMIN, "{}"));
    Answer organization =
        send("POST", "/api/v1/organizations", ADMIN, "{\"name\":\"Riverside Physical Therapy\"}");
    expect(201, organization);
    String org = "/api/v1/organizations/" + organization.json().get("id");
    String key = (String) organization.json().get("apiKey");
    Answer issued = send("POST", org + "/keys", ADMIN, "{\"label\":\"front desk\"}");
    expect(201, issued);
    expect(200, get(org + "/keys", ADMIN));
    expect(404, get("/api/v1/organizations/00000000-0000-0000-0000-000000000000/keys", ADMIN));
    expect(
        204, call("DELETE", org + "/keys/" + issued.json().get("keyId"), ADMIN, null, null, null));
    expect(
        404,
        call(
            "DELETE", org + "/keys/00000000-0000-0000-0000-000000000000", ADMIN, null, null, null));
    expect(403, get(org + "/keys", key));

    // A clinic: its checks, batches, watchlist, alerts and webhook.
    Answer keyed =
        send(
            "POST",
            "/api/v1/verifications",
            key,
            "{\"name\":\"Marguerite Ostrowski\",\"state\":\"WA\",\"licenseNumber\":\"MA60218734\"}");
    expect(201, keyed);
    String check = "/api/v1/verifications/" + keyed.json().get("id");
    expect(200, get(check, key));
    expect(200, get("/api/v1/verifications", key));
    expect(200, get("/api/v1/verifications?limit=1", key));
    expect(200, call("GET", "/api/v1/verifications", key, null, null, "text/csv"));
    expect(401, get("/api/v1/verifications", null));
    expect(204, call("DELETE", check + "/share", key, null, null, null));
    expect(201, call("POST", check + "/share", key, null, null, null));
    expect(401, call("POST", check + "/share", null, null, null, null));
    expect(
        404,
        call(
            "DELETE",
            "/api/v1/verifications/" + verified.json().get("id") + "/share",
            key,
            null,
            null,
            null));
    String csv = "name,state,licenseNumber\nMarguerite Ostrowski,WA,MA60218734\nJane Doe,KS,\n";
    expect(200, call("POST", "/api/v1/verifications/batch", key, "text/csv", csv, "text/csv"));
    expect(
        200, call("POST", "/api/v1/verifications/batch", key, "text/csv", csv, "application/json"));
    expect(
        200,
        call(
            "POST",
            "/api/v1/verifications/batch",
            key,
            "application/json",
            "[{\"name\":\"Marguerite Ostrowski\",\"state\":\"WA\"}]",
            "application/json"));
    expect(401, call("POST", "/api/v1/verifications/batch", null, "text/csv", csv, "text/csv"));
    expect(
        400,
        call(
            "POST",
            "/api/v1/verifications/batch",
            key,
            "text/csv",
            "nothing,useful\n1,2\n",
            "text/csv"));

    Answer watch =
        send(
            "POST",
            "/api/v1/watchlist",
            key,
            "{\"jurisdiction\":\"WA\",\"licenseNumber\":\"MA60218734\",\"label\":\"front desk\",\"expectedName\":\"Marguerite Ostrowski\"}");
    expect(201, watch);
    send(
        "POST",
        "/api/v1/watchlist",
        key,
        "{\"jurisdiction\":\"WA\",\"licenseNumber\":\"MA60307716\"}");
    expect(
        200,
        call(
            "POST",
            "/api/v1/watchlist/roster",
            key,
            "text/csv",
            "jurisdiction,licenseNumber,label\nWA,MA60122870,old\nTX,MT999,\n",
            null));
    expect(400, send("POST", "/api/v1/watchlist", key, "{\"jurisdiction\":\"ZZ\"}"));
    Answer watched = get("/api/v1/watchlist", key);
    expect(200, watched);
    expect(200, call("GET", "/api/v1/watchlist", key, null, null, "text/csv"));
    String watchId =
        (String) ((Map<?, ?>) ((List<?>) watched.json().get("watchlist")).get(0)).get("id");
    expect(204, call("DELETE", "/api/v1/watchlist/" + watchId, key, null, null, null));
    expect(404, call("DELETE", "/api/v1/watchlist/" + watchId, key, null, null, null));
    expect(401, get("/api/v1/watchlist", null));

    expect(200, get("/api/v1/alerts", key));
    expect(200, get("/api/v1/alerts?since=2026-01-01T00:00:00Z&limit=5", key));
    expect(400, get("/api/v1/alerts?since=yesterday", key));
    expect(200, get("/api/v1/alerts/settings", key));
    expect(200, send("PUT", "/api/v1/alerts/settings", key, "{\"expiryDays\":[60,30,7]}"));
    expect(400, send("PUT", "/api/v1/alerts/settings", key, "{\"expiryDays\":[-1]}"));

    expect(404, get("/api/v1/webhook", key));
    expect(
        200, send("PUT", "/api/v1/webhook", key, "{\"url\":\"" + receiver.url("/hooks") + "\"}"));
    expect(400, send("PUT", "/api/v1/webhook", key, "{\"url\":\"ftp://example.com/\"}"));
    expect(200, get("/api/v1/webhook", key));
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    expect(200, get("/api/v1/webhook/deliveries", key));
    expect(401, get("/api/v1/webhook/deliveries", null));

    assertThat(violations).as(String.join("\n", violations)).isEmpty();
    assertThat(new TreeSet<>(operations.keySet()))
        .as("operations never exercised")
        .isEqualTo(new TreeSet<>(covered));
  }
}
