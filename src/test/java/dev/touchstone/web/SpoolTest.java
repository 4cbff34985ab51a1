package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spool files of batches and exports never outlive their answer: sent, abandoned by a client that
 * hung up, or left by an instance that was killed (security-2026-12 F3).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpoolTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();
  private final Path root = temporaryFolder();

  @Inject EmbeddedServer server;

  @Inject Spool spool;

  @Inject
  @Client("/")
  HttpClient http;

  private String clinicKey;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.put("touchstone.spool.directory", root.toString());
    properties.put("touchstone.rate-limit.batch-rows-burst", "100000");
    return properties;
  }

  @BeforeAll
  void createClinic() {
    clinicKey =
        (String)
            http.toBlocking()
                .retrieve(
                    HttpRequest.POST("/api/v1/organizations", Map.of("name", "Spool Clinic"))
                        .header("X-Api-Key", "test-admin-key-0123"),
                    Map.class)
                .get("apiKey");
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("touchstone-spool-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String rows(int count) {
    return "name,state\r\n"
        + IntStream.range(0, count)
            .mapToObj(i -> "Person Number" + i + ",WA\r\n")
            .collect(Collectors.joining());
  }

  /** Waits, within a bound, for something the server does after the answer has left. */
  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited 60 s").isBefore(deadline);
      Thread.sleep(50);
    }
  }

  private boolean nothingPending() {
    try {
      return spool.pending() == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aBatchWhoseClientHangsUpLeavesNoFileBehind() throws Exception {
    byte[] body = rows(10_000).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /api/v1/verifications/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                    + "Accept: text/csv\r\nX-Api-Key: "
                    + clinicKey
                    + "\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      } // hung up before the answer
    }
    eventually(this::nothingPending);
    // The batches stopped when their clients had gone: not one was checked in full.
    assertThat(historyRows()).isLessThan(10_000);
  }

  private long historyRows() {
    return http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/verifications")
                    .accept("text/csv")
                    .header("X-Api-Key", clinicKey))
            .lines()
            .count()
        - 1;
  }

  @Test
  void aBatchAnsweredInFullLeavesNoFileBehind() throws Exception {
    String answer =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/verifications/batch", rows(3))
                    .contentType("text/csv")
                    .accept("text/csv")
                    .header("X-Api-Key", clinicKey));
    assertThat(answer.lines()).hasSize(4);
    eventually(this::nothingPending);
  }

  @Test
  void theFilesOfAnInstanceThatIsGoneAreDeletedAtStartUpAndALiveOnesAreKept() throws Exception {
    Path gone = Files.createDirectories(root.resolve("killed-instance"));
    Files.writeString(gone.resolve(".lock"), "");
    Files.writeString(gone.resolve("batch-1.csv"), "half an answer");
    Path starting = Files.createDirectories(root.resolve("starting-instance"));
    Path stale = Files.createDirectories(root.resolve("stale-without-lock"));
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Path held = Files.createDirectories(root.resolve("other-process"));
    Path heldFile = Files.writeString(held.resolve("batch-2.csv"), "being sent");
    try (FileChannel lock =
        FileChannel.open(
            held.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      lock.lock();
      Spool another = new Spool(root.toString());
      try {
        assertThat(gone).doesNotExist();
        assertThat(stale).doesNotExist();
        assertThat(starting).exists();
        assertThat(heldFile).exists();
        assertThat(spool.pending()).isZero(); // this context's own folder survived too
        assertThat(another.newFile("batch-", ".csv")).exists();
      } finally {
        another.close();
      }
    }
  }
}
