package dev.touchstone.source;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One run's change cursor, for sources that can list what changed since a time (Socrata's {@code
 * :updated_at}): where a read starts ({@code null} for a full snapshot) and the newest change time
 * it saw, which the next incremental run starts from once this one commits.
 */
public final class IncrementalRead {
  private final String since;
  private String newest;
  private Instant newestInstant;

  private IncrementalRead(String since) {
    this.since = since;
  }

  /** A full read that still notes the newest change time, so the next run can be incremental. */
  public static IncrementalRead full() {
    return new IncrementalRead(null);
  }

  public static IncrementalRead since(String cursor) {
    return new IncrementalRead(cursor);
  }

  /** Where this read starts, or {@code null} when it reads everything. */
  public String since() {
    return since;
  }

  public boolean isIncremental() {
    return since != null;
  }

  /** Notes one record's change time. */
  public synchronized void observe(String updatedAt) {
    if (updatedAt == null || updatedAt.isBlank()) {
      return;
    }
    Instant at = parse(updatedAt);
    boolean newer =
        newest == null
            || (at != null && newestInstant != null
                ? at.isAfter(newestInstant)
                : updatedAt.compareTo(newest) > 0);
    if (newer) {
      newest = updatedAt;
      newestInstant = at;
    }
  }

  /** The newest change time seen, or the starting cursor when nothing newer came. */
  public synchronized String newest() {
    return newest != null ? newest : since;
  }

  private static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
