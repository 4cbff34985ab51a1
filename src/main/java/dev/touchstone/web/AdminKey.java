package dev.touchstone.web;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards operator endpoints with the key from {@code TOUCHSTONE_ADMIN_KEY}. */
@Singleton
class AdminKey {
  private final byte[] key;

  AdminKey(AdminSettings settings) {
    String key = settings.adminKey();
    this.key = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
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
