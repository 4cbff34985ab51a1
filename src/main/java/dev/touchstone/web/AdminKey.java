package dev.touchstone.web;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards operator endpoints with the key from {@code TOUCHSTONE_ADMIN_KEY}. */
@Singleton
class AdminKey {
  private final byte[] key;

  /** Shorter keys are guessed too easily for a key that can create organizations. */
  static final int MIN_LENGTH = 16;

  AdminKey(AdminSettings settings) {
    String key = settings.adminKey();
    if (key != null && !key.isEmpty() && key.length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "TOUCHSTONE_ADMIN_KEY is "
              + key.length()
              + " characters; use at least "
              + MIN_LENGTH
              + " random ones (e.g. head -c 24 /dev/urandom | base64), or none to turn admin endpoints off");
    }
    this.key = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether {@code presented} is the admin key (in constant time). */
  boolean matches(String presented) {
    return key.length > 0
        && presented != null
        && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
  }

  /** Passes when {@code presented} is the admin key; otherwise throws a 401 or 403 problem. */
  public void require(String presented) {
    if (key.length == 0) {
      throw new ApiProblemException(
          HttpStatus.FORBIDDEN,
          "Admin endpoints disabled",
          "this endpoint needs the admin key, and none is configured: start the service with TOUCHSTONE_ADMIN_KEY set",
          null);
    }
    if (presented == null || presented.isBlank()) {
      throw new ApiProblemException(
          HttpStatus.UNAUTHORIZED,
          "Admin key required",
          "send the admin key in the X-Api-Key header",
          null);
    }
    if (!MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiProblemException(
          HttpStatus.FORBIDDEN,
          "Wrong admin key",
          "the X-Api-Key header does not hold the admin key",
          null);
    }
  }
}
