package dev.touchstone.clinic;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hashes of every live organization key, in memory, so the rate limit can tell a key that
 * authenticates (its own bucket) from an invented one (the sender's address's bucket) on the event
 * loop without a query. A key issued or revoked here counts at once; one issued or revoked by
 * another instance within {@code touchstone.rate-limit.keys-refresh} (30 s). Access itself is
 * always decided against the database.
 */
@Singleton
public class LiveKeys {
  private final ApiKeyRepository keys;
  private volatile Set<String> hashes;

  LiveKeys(ApiKeyRepository keys) {
    this.keys = keys;
  }

  /** Whether the presented key is an organization's live key, by this instance's latest view. */
  public boolean isLive(String presented) {
    if (presented == null || !presented.startsWith("tsk_") || presented.length() > 100) {
      return false;
    }
    Set<String> known = hashes;
    if (known == null) {
      try {
        known = reload();
      } catch (RuntimeException e) {
        // The database is not there yet: the key counts as unknown for the limit only; the
        // controller still decides access.
        return false;
      }
    }
    return known.contains(Organizations.hash(presented));
  }

  @Scheduled(fixedDelay = "${touchstone.rate-limit.keys-refresh:30s}", initialDelay = "30s")
  void refresh() {
    try {
      reload();
    } catch (RuntimeException e) {
      // Kept as it was; the next round tries again.
    }
  }

  Set<String> reload() {
    Set<String> live =
        keys.findByRevokedAtIsNull().stream()
            .map(ApiKeyRow::keyHash)
            .collect(Collectors.toUnmodifiableSet());
    hashes = live;
    return live;
  }
}
