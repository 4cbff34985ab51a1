package dev.touchstone.clinic;

import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox. Each organization with deliveries due gets a lane: its deliveries go one at a
 * time, oldest first, on a small pool ({@code touchstone.webhooks.concurrency}), so one clinic's
 * slow receiver holds up its own alerts and no one else's (security-2026-12 F5). Each delivery is
 * claimed right before it is sent, for longer than an attempt can last ({@code
 * touchstone.webhooks.timeout} plus a minute), so two instances never send it twice; each attempt
 * records its own time (F17).
 *
 * <p>A delivery is POSTed with the alert's id ({@code X-Touchstone-Delivery} and Standard Webhooks'
 * {@code webhook-id}, also in the body) for the receiver to de-duplicate by, the attempt's {@code
 * webhook-timestamp}, and both signatures of {@link WebhookSignature}. A 2xx settles it; anything
 * else, a timeout or a refused address is retried with exponential back-off, for as long as it
 * takes, and ends the lane's turn.
 */
@Singleton
class WebhookDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** How many deliveries a lane sends before its thread goes to the next lane waiting. */
  private static final int TURN = 50;

  /** How many organizations one round looks at; the rest are next round's. */
  private static final int ROUND = 500;

  private final Webhooks webhooks;
  private final Alerts alerts;
  private final JsonMapper json;
  private final Clock clock;
  private final OkHttpClient client;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration hold;
  private final ExecutorService pool;
  private final Set<UUID> sending = ConcurrentHashMap.newKeySet();

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
    this.hold = settings.timeout().plus(Duration.ofMinutes(1));
    this.pool = Executors.newFixedThreadPool(settings.concurrency(), threads());
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

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "touchstone-webhooks-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Starts the lanes due now; a database hiccup waits for the next round. */
  void poll() {
    try {
      dispatch();
    } catch (RuntimeException e) {
      LOG.warn("webhook deliveries could not be started this round: {}", e.getMessage());
    }
  }

  /**
   * Starts a lane for each organization with a delivery due and none being sent; returns each
   * started lane's count of deliveries it settled as delivered.
   */
  Map<UUID, Future<Integer>> dispatch() {
    Map<UUID, Future<Integer>> lanes = new LinkedHashMap<>();
    for (UUID organization : webhooks.organizationsDue(clock.instant(), ROUND)) {
      if (!sending.add(organization)) {
        continue; // its lane is still running here
      }
      try {
        lanes.put(organization, pool.submit(() -> lane(organization)));
      } catch (RejectedExecutionException shuttingDown) {
        sending.remove(organization);
        break;
      }
    }
    return lanes;
  }

  /** Starts what is due and waits for it; returns how many were settled as delivered. */
  public int deliverDue() {
    int delivered = 0;
    for (Future<Integer> lane : dispatch().values()) {
      try {
        delivered += lane.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while webhooks were sent", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    return delivered;
  }

  private int lane(UUID organization) {
    try {
      int delivered = 0;
      for (int turn = 0; turn < TURN; turn++) {
        Optional<Webhooks.Due> next = webhooks.claimNext(organization, clock.instant(), hold);
        if (next.isEmpty() || !send(next.get())) {
          break; // nothing more is due, or the receiver failed and waits for its back-off
        }
        delivered++;
      }
      return delivered;
    } finally {
      sending.remove(organization);
    }
  }

  private boolean send(Webhooks.Due due) {
    Instant attemptAt = clock.instant();
    Webhooks.Webhook webhook = webhooks.find(due.organizationId()).orElse(null);
    Alerts.Alert alert = alerts.find(due.alertId()).orElse(null);
    if (webhook == null || alert == null) {
      failed(due, attemptAt, null, "no webhook is registered: PUT /api/v1/webhook to receive it");
      return false;
    }
    byte[] body = body(alert);
    String id = alert.id().toString();
    long timestamp = attemptAt.getEpochSecond();
    Request request =
        new Request.Builder()
            .url(due.url())
            .post(RequestBody.create(body, JSON))
            .header("User-Agent", "Touchstone-Webhooks/1")
            .header("X-Touchstone-Delivery", id)
            .header(
                "X-Touchstone-Signature",
                "sha256=" + WebhookSignature.ofBody(webhook.secret(), body))
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignature.standard(webhook.secret(), id, timestamp, body))
            .build();
    try (Response response = client.newCall(request).execute()) {
      if (response.isSuccessful()) {
        webhooks.delivered(due.id(), attemptAt, clock.instant(), response.code());
        return true;
      }
      failed(due, attemptAt, response.code(), "the receiver answered HTTP " + response.code());
    } catch (IOException e) {
      failed(
          due,
          attemptAt,
          null,
          (e instanceof InterruptedIOException ? "timed out: " : "could not deliver: ")
              + e.getMessage());
    }
    return false;
  }

  /** The back-off runs from the attempt's end, not from when the round began. */
  private void failed(Webhooks.Due due, Instant attemptAt, Integer status, String error) {
    webhooks.failed(
        due.id(), attemptAt, status, error, clock.instant().plus(backoff(due.attempts() + 1)));
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

  Duration backoff(int attempt) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
