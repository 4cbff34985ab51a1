package dev.touchstone.clinic;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: every few seconds, claims the deliveries that are due and POSTs each alert to
 * its organization's webhook, signed with HMAC-SHA256 over the body ({@code X-Touchstone-Signature:
 * sha256=<hex>}) and carrying the alert's id ({@code X-Touchstone-Delivery}, also in the body) for
 * the receiver to de-duplicate by. A 2xx settles it; anything else, a timeout or a refused address
 * is retried with exponential back-off, for as long as it takes.
 */
@Singleton
class WebhookDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Webhooks webhooks;
  private final Alerts alerts;
  private final JsonMapper json;
  private final Clock clock;
  private final OkHttpClient client;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  public WebhookDispatcher(
      Webhooks webhooks,
      Alerts alerts,
      JsonMapper json,
      Clock clock,
      OkHttpClient shared,
      WebhookAddresses addresses,
      WebhookSettings settings) {
    this.webhooks = webhooks;
    this.alerts = alerts;
    this.json = json;
    this.clock = clock;
    this.initialBackoff = settings.initialBackoff();
    this.maxBackoff = settings.maxBackoff();
    // The service's one client (its connection pool and threads), with the webhook's own rules: no
    // private addresses, no redirects, a deadline per call, never through a proxy an operator set
    // for board downloads (it would skip the address check), and without the board-call metrics,
    // which are public and would name each clinic's receiver (security-2026-12 F7, F8).
    OkHttpClient.Builder builder = shared.newBuilder();
    builder.interceptors().clear();
    this.client =
        builder
            .dns(addresses)
            .proxy(java.net.Proxy.NO_PROXY)
            .followRedirects(false)
            .followSslRedirects(false)
            .callTimeout(settings.timeout())
            .build();
  }

  /** Sends what is due now; a database hiccup waits for the next round. */
  void poll() {
    try {
      deliverDue(clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("webhook deliveries could not be sent this round: {}", e.getMessage());
    }
  }

  /** Sends every delivery due at {@code now}; returns how many were settled as delivered. */
  public int deliverDue(Instant now) {
    int delivered = 0;
    for (Webhooks.Due due : webhooks.claimDue(now, 50, Duration.ofMinutes(5))) {
      if (send(due, now)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean send(Webhooks.Due due, Instant now) {
    Instant retryAt = now.plus(backoff(due.attempts() + 1));
    Webhooks.Webhook webhook = webhooks.find(due.organizationId()).orElse(null);
    Alerts.Alert alert = alerts.find(due.alertId()).orElse(null);
    if (webhook == null || alert == null) {
      webhooks.failed(
          due.id(),
          now,
          null,
          "no webhook is registered: PUT /api/v1/webhook to receive it",
          retryAt);
      return false;
    }
    byte[] body = body(alert);
    Request request =
        new Request.Builder()
            .url(due.url())
            .post(RequestBody.create(body, JSON))
            .header("User-Agent", "Touchstone-Webhooks/1")
            .header("X-Touchstone-Delivery", alert.id().toString())
            .header("X-Touchstone-Signature", "sha256=" + sign(webhook.secret(), body))
            .build();
    try (Response response = client.newCall(request).execute()) {
      if (response.isSuccessful()) {
        webhooks.delivered(due.id(), now, response.code());
        return true;
      }
      webhooks.failed(
          due.id(), now, response.code(), "the receiver answered HTTP " + response.code(), retryAt);
    } catch (IOException e) {
      webhooks.failed(
          due.id(),
          now,
          null,
          (e instanceof java.io.InterruptedIOException ? "timed out: " : "could not deliver: ")
              + e.getMessage(),
          retryAt);
    }
    return false;
  }

  private byte[] body(Alerts.Alert alert) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", alert.id());
    event.put("type", "license.alert");
    event.put("alert", alert);
    try {
      return json.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HMAC-SHA256 of the body with the organization's secret, hex. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  Duration backoff(int attempt) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
