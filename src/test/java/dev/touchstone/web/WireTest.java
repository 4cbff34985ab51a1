package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What crosses the wire in HTTP/1.1 framing: ambiguous requests are refused, not guessed at. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  /** Sends raw bytes and reads until the server closes the connection or stays quiet. */
  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
      socket.setSoTimeout(3000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) != -1; ) {
          read.write(buffer, 0, n);
        }
        return read.toString(StandardCharsets.ISO_8859_1) + "\n<closed>";
      } catch (SocketTimeoutException stillOpen) {
        return read.toString(StandardCharsets.ISO_8859_1) + "\n<open>";
      }
    }
  }

  @Test
  void aRequestWithBothContentLengthAndTransferEncodingIsRefusedAndTheConnectionClosed()
      throws IOException {
    // security-2026-12 F11: a front proxy reading Content-Length and Touchstone reading the chunks
    // disagree where the request ends; the smuggled second request was answered.
    String smuggled = "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n";
    String body = "0\r\n\r\n" + smuggled;
    String answer =
        exchange(
            "POST /api/v1/verifications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                + body);
    assertThat(answer).startsWith("HTTP/1.1 400 ");
    assertThat(answer).contains("application/problem+json", "Transfer-Encoding");
    assertThat(answer).endsWith("<closed>");
    assertThat(answer.split("HTTP/1.1 ", -1)).hasSize(2);
  }

  @Test
  void requestsOnOneConnectionAreAnsweredInTurnAndHeadHasNoBody() throws IOException {
    String answer =
        exchange(
            "GET /ping HTTP/1.1\r\nHost: x\r\n\r\n"
                + "HEAD /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String[] responses = answer.split("HTTP/1.1 ", -1);
    assertThat(responses).hasSize(3);
    assertThat(responses[1]).startsWith("200 ").endsWith("\r\n\r\npong");
    assertThat(responses[2]).startsWith("200 ").endsWith("\r\n\r\n\n<closed>");
  }

  @Test
  void aBatchRefusedBeforeItsBodyIsReadClosesTheConnection() throws IOException {
    // security-2026-12 F10: the unread body of a refused batch was read as the next request.
    String body = "name,state\r\nGET /ping HTTP/1.1\r\nHost: x\r\n\r\n";
    String answer =
        exchange(
            "POST /api/v1/verifications/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                + "Content-Length: "
                + (body.length() + 50000)
                + "\r\n\r\n"
                + body);
    assertThat(answer).startsWith("HTTP/1.1 401 ").endsWith("<closed>");
    assertThat(answer.split("HTTP/1.1 ", -1)).hasSize(2);
  }

  @Test
  void aBodyDeclaredOverTheSizeLimitIsRefusedAndTheConnectionClosed() throws IOException {
    String answer =
        exchange(
            "POST /api/v1/verifications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000000\r\n\r\n{\"name\":");
    assertThat(answer).startsWith("HTTP/1.1 413 ").contains("application/problem+json");
    assertThat(answer).endsWith("<closed>");
  }
}
