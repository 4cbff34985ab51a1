package dev.touchstone.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer that plays a board: each path answers with what a test says, 404 otherwise. */
public final class BoardServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Function<RecordedRequest, MockResponse>> routes =
      new ConcurrentHashMap<>();

  public BoardServer() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            Function<RecordedRequest, MockResponse> route =
                routes.get(request.getUrl().encodedPath());
            return route == null
                ? new MockResponse.Builder().code(404).body("no such file").build()
                : route.apply(request);
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String path) {
    return server.url(path).toString();
  }

  public void serve(String path, Function<RecordedRequest, MockResponse> route) {
    routes.put(path, route);
  }

  /** Serves a fixture file's bytes at the path. */
  public void serveFixture(String path, String fixture, String contentType) {
    byte[] bytes = Fixtures.bytes(fixture);
    serve(path, request -> ok(bytes, contentType));
  }

  public static MockResponse ok(byte[] bytes, String contentType) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", contentType)
        .body(Fixtures.buffer(bytes))
        .build();
  }

  public MockWebServer server() {
    return server;
  }

  @Override
  public void close() {
    server.close();
  }
}
