package dev.touchstone.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;

/**
 * One run's conditional GETs. Each file is requested with the validators it was last loaded with; a
 * board that answers 304 for every file costs one request per file and the run records no change.
 * Once one file has changed the run needs every file's content, so the later files are requested
 * plainly, and a file that answered 304 before another changed makes the run start over without
 * conditions ({@link Restart}), before any body is read.
 */
public final class ConditionalGet {
  private final Map<String, Validators> previous;
  private final Set<String> notModified = new HashSet<>();
  private final Map<String, Validators> received = new HashMap<>();
  private boolean changed;

  private ConditionalGet(Map<String, Validators> previous) {
    this.previous = previous;
  }

  /** Conditional requests for the files that have validators from their last good load. */
  public static ConditionalGet from(Map<String, Validators> previous) {
    return new ConditionalGet(Map.copyOf(previous));
  }

  /** Plain requests throughout. */
  public static ConditionalGet off() {
    return new ConditionalGet(Map.of());
  }

  void addHeaders(String file, String url, Request.Builder request) {
    Validators last = previous.get(file);
    if (changed || last == null || !url.equals(last.url())) {
      return;
    }
    if (last.etag() != null) {
      request.header("If-None-Match", last.etag());
    }
    if (last.lastModified() != null) {
      request.header("If-Modified-Since", last.lastModified());
    }
  }

  void notModified(String file) {
    notModified.add(file);
  }

  void received(String file, Validators validators) {
    changed = true;
    received.put(file, validators);
    if (!notModified.isEmpty()) {
      throw new Restart(file);
    }
  }

  /** The validators of the files downloaded in full this run, to keep once the run commits. */
  public Map<String, Validators> received() {
    return Map.copyOf(received);
  }

  /** The board answered 304 Not Modified for this file. */
  public static final class NotModifiedException extends RuntimeException {
    public NotModifiedException(String file) {
      super(file + " has not changed since the last good snapshot (HTTP 304)");
    }
  }

  /**
   * A file changed after another answered 304: the run needs every file, so it starts over without
   * conditions.
   */
  public static final class Restart extends RuntimeException {
    public Restart(String file) {
      super(
          file + " changed while an earlier file of the source did not; reading every file again");
    }
  }
}
