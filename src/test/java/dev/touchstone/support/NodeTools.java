package dev.touchstone.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party checkers that scripts/lib/test-node-tools installs (Prism, Redocly, the Standard
 * Webhooks verifier): where they are, and running them. A quick run without them skips the tests
 * that need them; {@code touchstone.test.contract=required} (scripts/test) makes that a failure.
 */
public final class NodeTools {
  private final Path home;

  private NodeTools(Path home) {
    this.home = home;
  }

  /** The installed tools, or the test is skipped (or failed, when they are required). */
  public static NodeTools installed() {
    String dir = System.getProperty("touchstone.test.node-tools", "target/node-tools");
    Path home = Path.of(dir).toAbsolutePath();
    boolean present = Files.isDirectory(home.resolve("node_modules/.bin"));
    if (!present && "required".equals(System.getProperty("touchstone.test.contract"))) {
      throw new IllegalStateException(
          "the contract checkers are required and not installed in "
              + home
              + ": run scripts/lib/test-node-tools");
    }
    Assumptions.assumeTrue(
        present, "the contract checkers are not installed; scripts/test does it");
    return new NodeTools(home);
  }

  /** The OpenAPI document the build generated, as a file. */
  public static Path openApiDocument() {
    try {
      return Path.of(
          NodeTools.class
              .getClassLoader()
              .getResource("META-INF/swagger/touchstone-1.yml")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path home() {
    return home;
  }

  public Path bin(String name) {
    return home.resolve("node_modules/.bin").resolve(name);
  }

  public record Result(int exitCode, String output) {}

  /** Runs a tool to its end (at most two minutes) and keeps what it printed. */
  public Result run(String tool, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(bin(tool).toString()));
    command.addAll(List.of(arguments));
    return execute(command);
  }

  /**
   * Runs one of our scripts in {@code src/test/node} with Node.js, the installed packages on its
   * module path.
   */
  public Result script(String name, String... arguments) throws IOException, InterruptedException {
    Path script = Path.of("src/test/node", name).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(List.of(arguments));
    return execute(command);
  }

  private Result execute(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
    builder.environment().put("NODE_PATH", home.resolve("node_modules").toString());
    // No internet in tests: no telemetry, no update check.
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(command.get(0) + " did not finish: " + output);
    }
    return new Result(process.exitValue(), output);
  }

  /** A running Prism validating proxy in front of {@code upstream}. */
  public static final class Prism implements AutoCloseable {
    private final Process process;
    private final int port;

    private Prism(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    public String url() {
      return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
  }

  /**
   * Starts {@code prism proxy} on a free port, reporting violations in the {@code sl-violations}
   * header rather than replacing the answer, and waits until it says it is listening.
   */
  public Prism proxy(Path document, String upstream) throws IOException {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process process =
        new ProcessBuilder(
                bin("prism").toString(),
                "proxy",
                document.toString(),
                upstream,
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--errors",
                "false")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = output.readLine()) != null; ) {
      seen.append(line).append('\n');
      if (line.contains("Prism is listening")) {
        Thread drain = new Thread(() -> drain(output), "prism-output");
        drain.setDaemon(true);
        drain.start();
        return new Prism(process, port);
      }
    }
    process.destroy();
    throw new IllegalStateException("Prism did not start:\n" + seen);
  }

  private static void drain(BufferedReader output) {
    try {
      while (output.readLine() != null) {
        // Prism logs each request; read and dropped, so its pipe never fills.
      }
    } catch (IOException closed) {
      // the process ended
    }
  }
}
