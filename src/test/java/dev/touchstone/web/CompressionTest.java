package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.TestDatabases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Clients that accept gzip get long text answers compressed, and short ones as they are. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompressionTest implements TestPropertyProvider {
  private final HttpClient client = HttpClient.newHttpClient();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return TestDatabases.fresh();
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return server.getURI().resolve(path);
  }

  @Test
  void aLongJsonAnswerComesGzippedAndReadsTheSameOnceUnzipped() throws Exception {
    HttpResponse<byte[]> answer =
        send(
            HttpRequest.newBuilder(uri("/api/v1/verifications"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Jane Doe\",\"state\":\"KS\"}")));

    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(answer.headers().firstValue("Content-Encoding")).contains("gzip");
    String json;
    try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
      json = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(json.length()).isGreaterThan(1024);
    assertThat(json).contains("\"verdict\":\"CAUTION\"").contains("Kansas");
  }

  @Test
  void aShortAnswerIsSentAsItIs() throws Exception {
    HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(uri("/ping")).GET());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isNotBlank();
  }

  @Test
  void aClientThatAcceptsAnyCodingGetsGzipNotSnappy() throws Exception {
    // Seen through Prism (security-2026-12 F16): "Accept-Encoding: *" was answered in Snappy
    // framing, which is no HTTP content coding and which no HTTP client can read.
    HttpResponse<byte[]> answer =
        client.send(
            HttpRequest.newBuilder(uri("/api/v1/jurisdictions"))
                .header("Accept-Encoding", "*")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Encoding")).contains("gzip");
    try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
      assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
          .startsWith("{\"jurisdictions\":");
    }
  }
}
