package dev.touchstone.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/** An open download: an HTTP response body or a local file an operator dropped. Close it. */
public final class Download implements AutoCloseable {
  private final InputStream body;
  private final String contentType;
  private final AutoCloseable owner;

  private Download(InputStream body, String contentType, AutoCloseable owner) {
    this.body = body;
    this.contentType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    this.owner = owner;
  }

  /** Opens {@code location}: an http(s) URL through the fetcher, or a local path or file: URL. */
  public static Download open(HttpFetcher fetcher, String location) {
    return open(fetcher, location, null);
  }

  public static Download open(
      HttpFetcher fetcher,
      String location,
      java.util.function.Consumer<Request.Builder> customizer) {
    HttpUrl url = HttpUrl.parse(location);
    if (url == null) {
      return openFile(
          location.startsWith("file:")
              ? Path.of(java.net.URI.create(location))
              : Path.of(location));
    }
    Request.Builder request = new Request.Builder().url(url).get();
    if (customizer != null) {
      customizer.accept(request);
    }
    Response response = fetcher.get(request.build());
    return new Download(response.body().byteStream(), response.header("Content-Type"), response);
  }

  /**
   * Opens one file of a run with its conditional GET.
   *
   * @throws ConditionalGet.NotModifiedException when the board answered 304
   */
  public static Download open(HttpFetcher fetcher, ReadRequest read) {
    String location = read.url();
    HttpUrl url = HttpUrl.parse(location);
    if (url == null) {
      return open(fetcher, location);
    }
    String file = read.file().name();
    Request.Builder request = new Request.Builder().url(url).get();
    read.conditional().addHeaders(file, location, request);
    Response response = fetcher.get(request.build());
    if (response.code() == 304) {
      response.close();
      read.conditional().notModified(file);
      throw new ConditionalGet.NotModifiedException(read.fileName());
    }
    try {
      read.conditional()
          .received(
              file,
              new Validators(location, response.header("ETag"), response.header("Last-Modified")));
    } catch (RuntimeException e) {
      response.close();
      throw e;
    }
    return new Download(response.body().byteStream(), response.header("Content-Type"), response);
  }

  public static boolean isLocal(String location) {
    return HttpUrl.parse(location) == null;
  }

  private static Download openFile(Path path) {
    try {
      InputStream in = Files.newInputStream(path);
      return new Download(in, null, in);
    } catch (NoSuchFileException e) {
      throw new SourceReadException("file not found: " + path.toAbsolutePath());
    } catch (IOException e) {
      throw new SourceReadException(
          "cannot read " + path.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  public InputStream body() {
    return body;
  }

  public boolean isHtml() {
    return contentType.startsWith("text/html");
  }

  @Override
  public void close() {
    try {
      owner.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
