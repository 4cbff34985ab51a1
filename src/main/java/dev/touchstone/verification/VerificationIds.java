package dev.touchstone.verification;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Verification ids in the UUID version 7 layout: the issuing millisecond first, then 74 random
 * bits. New ids land at the end of the primary-key index instead of on a random page of it, and
 * they are as hard to guess as any secret link needs to be.
 */
final class VerificationIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationIds() {}

  static UUID next(Instant issued) {
    // One draw for both random parts: each call to the system's generator takes a lock and reads.
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    long bits = 0;
    for (int i = 2; i < 10; i++) {
      bits = (bits << 8) | (random[i] & 0xFF);
    }
    long millis = issued.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
    long high = (millis << 16) | 0x7000L | (((random[0] & 0xFF) << 8 | (random[1] & 0xFF)) & 0x0FFFL);
    long low = (bits & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
