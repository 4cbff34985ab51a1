package dev.touchstone.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks through the outbox: retried until delivered, signed, once per alert, across restarts.
 */
class WebhooksTest {
  private static final String TEXAS =
      new String(Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"), StandardCharsets.UTF_8);

  private BoardServer boards;
  private MockWebServer receiver;
  private Map<String, Object> properties;
  private ApplicationContext context;
  private UUID clinic;
  private String secret;

  @BeforeEach
  void start() throws IOException {
    boards = SampleBoards.start();
    receiver = new MockWebServer();
    receiver.start();
    properties = new HashMap<>(SampleBoards.properties(boards));
    properties.put("touchstone.webhooks.timeout", "500ms");
    context = ApplicationContext.run(properties, "test");
    clinic = context.getBean(Organizations.class).create("Riverside Physical Therapy").id();
    secret =
        context
            .getBean(Webhooks.class)
            .register(clinic, receiver.url("/touchstone").toString())
            .secret();
  }

  @AfterEach
  void stop() {
    context.close();
    receiver.close();
    boards.close();
  }

  /**
   * A watched Texas license whose status the next sync changes: one alert, one delivery waiting.
   */
  private void aStatusChangeOnAWatchedLicense() {
    SyncService sync = context.getBean(SyncService.class);
    sync.run("us-tx-tdlr");
    context
        .getBean(Watchlist.class)
        .add(clinic, new Watchlist.Wanted("TX", "MT142207", "Janice, front desk"));
    String expired = TEXAS.replace("10312027,\"PRESCOTT", "03312026,\"PRESCOTT");
    boards.serve(
        "/dbproduction2/ltmassage.csv",
        request -> BoardServer.ok(expired.getBytes(StandardCharsets.UTF_8), "text/csv"));
    sync.run("us-tx-tdlr");
  }

  private Instant now() {
    return context.getBean(Clock.class).instant();
  }

  private int deliverAt(Instant when) {
    return context.getBean(WebhookDispatcher.class).deliverDue(when);
  }

  private List<Webhooks.Delivery> deliveries() {
    return context.getBean(Webhooks.class).deliveries(clinic, 10);
  }

  @Test
  void anAlertReachesAReceiverThatFailedThenTimedOutExactlyOnceAndSigned() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(500).body("busy").build());
    receiver.enqueue(
        new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).build());
    receiver.enqueue(new MockResponse.Builder().code(204).build());
    aStatusChangeOnAWatchedLicense();
    Instant start = now();

    assertThat(deliverAt(start)).isZero();
    assertThat(deliveries())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo("PENDING");
              assertThat(d.lastStatus()).isEqualTo(500);
              assertThat(d.nextAttemptAt()).isAfter(start);
            });
    assertThat(deliverAt(start)).as("not due again before its back-off").isZero();
    assertThat(deliverAt(start.plus(Duration.ofHours(1)))).isZero();
    assertThat(deliveries().get(0).lastError()).startsWith("timed out");
    assertThat(deliverAt(start.plus(Duration.ofHours(3)))).isEqualTo(1);
    assertThat(deliverAt(start.plus(Duration.ofDays(1)))).isZero();

    assertThat(receiver.getRequestCount()).isEqualTo(3);
    // security-2026-12 F8: the public metrics named each clinic's receiver host.
    assertThat(
            context
                .getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find("touchstone.http.client.calls")
                .tag("host", receiver.getHostName())
                .tag("status", "500") // the receiver's first answer; the boards here answer 200
                .counters())
        .as("board-call metrics name no webhook receiver")
        .isEmpty();
    RecordedRequest first = receiver.takeRequest();
    receiver.takeRequest();
    RecordedRequest last = receiver.takeRequest();
    assertThat(last.getHeaders().get("X-Touchstone-Delivery"))
        .isEqualTo(first.getHeaders().get("X-Touchstone-Delivery"));
    byte[] body = last.getBody().toByteArray();
    assertThat(last.getHeaders().get("X-Touchstone-Signature"))
        .isEqualTo("sha256=" + WebhookDispatcher.sign(secret, body));
    assertThat(new String(body, StandardCharsets.UTF_8))
        .contains(
            "\"type\":\"license.alert\"",
            "STATUS_CHANGED",
            "MT142207",
            "\"id\":\"" + last.getHeaders().get("X-Touchstone-Delivery") + "\"");
    assertThat(deliveries())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo("DELIVERED");
              assertThat(d.attempts()).isEqualTo(3);
            });
  }

  @Test
  void aRestartBetweenAFailureAndItsRetryLosesNothing() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(503).build());
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    aStatusChangeOnAWatchedLicense();
    deliverAt(now());
    context.close();

    context = ApplicationContext.run(properties, "test");
    assertThat(deliverAt(now().plus(Duration.ofHours(2)))).isEqualTo(1);

    assertThat(receiver.getRequestCount()).isEqualTo(2);
    assertThat(receiver.takeRequest().getHeaders().get("X-Touchstone-Delivery"))
        .isEqualTo(receiver.takeRequest().getHeaders().get("X-Touchstone-Delivery"));
    assertThat(deliveries())
        .singleElement()
        .extracting(Webhooks.Delivery::status)
        .isEqualTo("DELIVERED");
  }

  @Test
  void twoDispatchersNeverSendTheSameDeliveryAtOnce() {
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    aStatusChangeOnAWatchedLicense();
    Webhooks store = context.getBean(Webhooks.class);

    List<Webhooks.Due> mine = store.claimDue(now(), 10, Duration.ofMinutes(5));
    List<Webhooks.Due> theirs = store.claimDue(now(), 10, Duration.ofMinutes(5));

    assertThat(mine).hasSize(1);
    assertThat(theirs).isEmpty();
  }

  @Test
  void webhooksGoOnlyToPublicAddresses() {
    WebhookAddresses strict = new WebhookAddresses(false);
    assertThat(strict.refusal("http://127.0.0.1:8080/hook")).isNotNull();
    assertThat(strict.refusal("https://10.0.0.5/hook")).contains("private");
    assertThat(strict.refusal("https://192.168.1.20/hook")).contains("private");
    assertThat(strict.refusal("https://169.254.169.254/latest/meta-data")).contains("private");
    assertThat(strict.refusal("https://[::1]/hook")).contains("private");
    assertThat(strict.refusal("https://[fd00::1]/hook")).contains("private");
    assertThat(strict.refusal("http://93.184.216.34/hook")).isEqualTo("must use https");
    assertThat(strict.refusal("ftp://93.184.216.34/hook")).isNotNull();
    assertThat(strict.refusal("https://user:pw@93.184.216.34/hook")).contains("user name");
    assertThat(strict.refusal("https://93.184.216.34/hook")).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.lookup("localhost"))
        .isInstanceOf(UnknownHostException.class);
  }

  @Test
  void ipv4HiddenInIpv6AndTheReservedRangesAreRefusedToo() {
    // security-2026-12 F7: each of these was accepted.
    WebhookAddresses strict = new WebhookAddresses(false);
    for (String hidden :
        List.of(
            "https://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
            "https://[64:ff9b::a00:1]/",
            "https://[64:ff9b:1::a00:1]/",
            "https://[::7f00:1]/hook",
            "https://[::127.0.0.1]/hook",
            "https://[2002:7f00:1::]/hook",
            "https://[2002:a9fe:a9fe::]/",
            "https://[::ffff:0:7f00:1]/",
            "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
            "https://198.18.0.1/",
            "https://192.0.0.1/",
            "https://192.0.2.1/",
            "https://198.51.100.7/",
            "https://203.0.113.14/",
            "https://240.0.0.1/",
            "https://255.255.255.255/")) {
      assertThat(strict.refusal(hidden)).as(hidden).isNotNull();
    }
    assertThat(strict.refusal("https://[2606:4700::6810:84e5]/hook"))
        .as("a public IPv6 address")
        .isNull();
    assertThat(strict.refusal("https://[64:ff9b::5db8:d822]/hook"))
        .as("NAT64 of a public IPv4 address")
        .isNull();
  }
}
