package dev.touchstone.clinic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two signatures a delivery carries, both HMAC-SHA256 with the organization's secret:
 *
 * <ul>
 *   <li>{@code X-Touchstone-Signature: sha256=<hex>} over the body, the secret's text as the key
 *       (the first form, kept for receivers built on it);
 *   <li>Standard Webhooks' {@code webhook-signature: v1,<base64>} over {@code
 *       <webhook-id>.<webhook-timestamp>.<body>}, the key being the secret after {@code whsec_},
 *       base64-decoded, so a receiver can refuse a replayed or delayed delivery by its timestamp
 *       (standardwebhooks.com; security-2026-12 I5).
 * </ul>
 */
final class WebhookSignature {
  private static final String PREFIX = "whsec_";

  private WebhookSignature() {}

  /** HMAC-SHA256 of the body with the secret's text, hex. */
  static String ofBody(String secret, byte[] body) {
    return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
  }

  /** The {@code webhook-signature} header's value. */
  static String standard(String secret, String id, long timestamp, byte[] body) {
    byte[] signed = concat((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), signed));
  }

  /**
   * The key in a secret: standard base64, or for the secrets made before 2026-12 the URL-safe
   * alphabet (signed the same way, though the reference verifiers cannot decode them).
   */
  private static byte[] key(String secret) {
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    try {
      return Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException urlSafe) {
      return Base64.getUrlDecoder().decode(encoded);
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
