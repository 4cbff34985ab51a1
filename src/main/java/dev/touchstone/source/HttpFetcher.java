package dev.touchstone.source;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs with bounded retries and exponential back-off. Retries connection failures, timeouts, 5xx,
 * 429 and Socrata's 202 ("still preparing"), honoring {@code Retry-After}. Other answers are final.
 * Calls to one host are spaced by {@code touchstone.http.min-request-interval}.
 */
@Singleton
public class HttpFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
  private static final Set<Integer> RETRYABLE = Set.of(202, 429, 500, 502, 503, 504);

  private final OkHttpClient client;
  private final Sleeper sleeper;
  private final HttpSettings settings;
  private final HostPacer pacer;

  public HttpFetcher(OkHttpClient client, Sleeper sleeper, HttpSettings settings) {
    this.client = client;
    this.sleeper = sleeper;
    this.settings = settings;
    this.pacer = new HostPacer(settings.minRequestInterval(), System::nanoTime);
  }

  /**
   * A source's own politeness: calls to its host spaced at least this far apart (the global
   * interval if longer).
   */
  public void spaceCallsTo(String host, Duration interval) {
    pacer.atLeast(
        host,
        interval.compareTo(settings.minRequestInterval()) > 0
            ? interval
            : settings.minRequestInterval());
  }

  /** The spacing in force for calls to the host. */
  public Duration intervalFor(String host) {
    return pacer.intervalFor(host);
  }

  /**
   * Returns a successful (200–299, not 202) response, or a 304 to a conditional request, which the
   * caller must close.
   *
   * @throws SourceReadException when every attempt failed or the answer is a final error
   */
  public Response get(Request request) {
    String failure = null;
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      Duration wait = backoff(attempt);
      Duration spacing = pacer.reserve(request.url().host());
      if (!spacing.isZero()) {
        pause(spacing);
      }
      try {
        Response response = client.newCall(request).execute();
        int code = response.code();
        if (response.isSuccessful() && code != 202 || code == 304 && isConditional(request)) {
          return response;
        }
        String retryAfter = response.header("Retry-After");
        response.close();
        failure = "HTTP " + code + " from " + request.url().redact();
        if (!RETRYABLE.contains(code)) {
          throw new SourceReadException(failure);
        }
        wait = retryAfter(retryAfter).orElse(wait);
      } catch (InterruptedIOException e) {
        failure = "timed out talking to " + request.url().redact() + ": " + e.getMessage();
      } catch (IOException e) {
        failure = "could not reach " + request.url().redact() + ": " + e.getMessage();
      }
      if (attempt < settings.maxAttempts()) {
        LOG.warn(
            "{} (attempt {} of {}); retrying in {}",
            failure,
            attempt,
            settings.maxAttempts(),
            wait);
        pause(wait);
      }
    }
    throw new SourceReadException(
        failure + " (gave up after " + settings.maxAttempts() + " attempts)");
  }

  private static boolean isConditional(Request request) {
    return request.header("If-None-Match") != null || request.header("If-Modified-Since") != null;
  }

  private Duration backoff(int attempt) {
    Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
  }

  private Optional<Duration> retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(header.trim()));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      } catch (RuntimeException notADate) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      wait = Duration.ZERO;
    }
    return Optional.of(wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait);
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceReadException("interrupted while waiting to call the source again");
    }
  }
}
