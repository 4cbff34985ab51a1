package dev.touchstone.verification;

import java.nio.ByteBuffer;
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
    byte[] drawn = new byte[Short.BYTES + Long.BYTES];
    RANDOM.nextBytes(drawn);
    ByteBuffer random = ByteBuffer.wrap(drawn);
    long millis = issued.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
    long high = (millis << 16) | 0x7000L | (random.getShort() & 0x0FFFL);
    long low = (random.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
