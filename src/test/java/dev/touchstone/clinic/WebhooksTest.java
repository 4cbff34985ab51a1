package dev.touchstone.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.NodeTools;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.support.SettableClock;
import dev.touchstone.sync.SyncService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.RuntimeBeanDefinition;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
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
  private final SettableClock clock =
      new SettableClock(Instant.parse("2026-07-01T16:00:00Z"), ZoneId.of("America/New_York"));

  @BeforeEach
  void start() throws IOException {
    boards = SampleBoards.start();
    receiver = new MockWebServer();
    receiver.start();
    properties = new HashMap<>(SampleBoards.properties(boards));
    properties.put("touchstone.webhooks.timeout", "500ms");
    context = instance();
    clinic = context.getBean(Organizations.class).create("Riverside Physical Therapy").id();
    secret =
        context
            .getBean(Webhooks.class)
            .register(clinic, receiver.url("/touchstone").toString())
            .secret();
  }

  /** A service instance on this test's database, its time the test's clock. */
  private ApplicationContext instance() {
    return ApplicationContext.builder(properties)
        .environments("test")
        .beanDefinitions(
            RuntimeBeanDefinition.builder(Clock.class, () -> clock)
                .singleton(true)
                .replaces(Clock.class)
                .build())
        .start();
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
    aStatusChangeWatchedBy(List.of(clinic));
  }

  /** The same, the license watched by each clinic given, the first given alerted first. */
  private void aStatusChangeWatchedBy(List<UUID> clinics) {
    SyncService sync = context.getBean(SyncService.class);
    sync.run("us-tx-tdlr");
    for (UUID watching : clinics) {
      context
          .getBean(Watchlist.class)
          .add(watching, new Watchlist.Wanted("TX", "MT142207", "Janice, front desk"));
    }
    String expired = TEXAS.replace("10312027,\"PRESCOTT", "03312026,\"PRESCOTT");
    boards.serve(
        "/dbproduction2/ltmassage.csv",
        request -> BoardServer.ok(expired.getBytes(StandardCharsets.UTF_8), "text/csv"));
    sync.run("us-tx-tdlr");
  }

  private Instant now() {
    return context.getBean(Clock.class).instant();
  }

  private int deliver() {
    return context.getBean(WebhookDispatcher.class).deliverDue();
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

    assertThat(deliver()).isZero();
    assertThat(deliveries())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo("PENDING");
              assertThat(d.lastStatus()).isEqualTo(500);
              assertThat(d.nextAttemptAt()).isAfter(start);
            });
    assertThat(deliver()).as("not due again before its back-off").isZero();
    clock.advance(Duration.ofHours(1));
    assertThat(deliver()).isZero();
    assertThat(deliveries().get(0).lastError()).startsWith("timed out");
    clock.advance(Duration.ofHours(2));
    Instant third = now();
    assertThat(deliver()).isEqualTo(1);
    clock.advance(Duration.ofDays(1));
    assertThat(deliver()).isZero();

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
        .isEqualTo("sha256=" + WebhookSignature.ofBody(secret, body));
    assertThat(last.getHeaders().get("webhook-id"))
        .isEqualTo(last.getHeaders().get("X-Touchstone-Delivery"));
    long stamped = Long.parseLong(last.getHeaders().get("webhook-timestamp"));
    assertThat(stamped).isBetween(third.getEpochSecond(), now().getEpochSecond());
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
              // security-2026-12 F17: each attempt's own time, not the round's.
              assertThat(d.lastAttemptAt()).isAfterOrEqualTo(third);
              assertThat(d.lastAttemptAt().getEpochSecond()).isEqualTo(stamped);
              assertThat(d.deliveredAt()).isAfterOrEqualTo(d.lastAttemptAt());
            });
  }

  @Test
  void aRestartBetweenAFailureAndItsRetryLosesNothing() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(503).build());
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    aStatusChangeOnAWatchedLicense();
    deliver();
    context.close();

    context = instance();
    clock.advance(Duration.ofHours(2));
    assertThat(deliver()).isEqualTo(1);

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

    assertThat(store.organizationsDue(now(), 10)).containsExactly(clinic);
    Optional<Webhooks.Due> mine = store.claimNext(clinic, now(), Duration.ofMinutes(1));
    Optional<Webhooks.Due> theirs = store.claimNext(clinic, now(), Duration.ofMinutes(1));

    assertThat(mine).isPresent();
    assertThat(theirs).isEmpty();
    assertThat(store.organizationsDue(now(), 10)).as("its delivery is being sent").isEmpty();
    clock.advance(Duration.ofMinutes(2));
    assertThat(store.claimNext(clinic, now(), Duration.ofMinutes(1)))
        .as("a claim whose holder died lapses")
        .isPresent();
  }

  /** A clinic whose webhook points at {@code server}'s {@code path}. */
  private UUID clinicReceivingAt(String name, MockWebServer server, String path) {
    UUID id = context.getBean(Organizations.class).create(name).id();
    context.getBean(Webhooks.class).register(id, server.url(path).toString());
    return id;
  }

  @Test
  void aSlowReceiverHoldsUpItsOwnClinicsAlertsAndNoOneElses() throws Exception {
    // security-2026-12 F5: one round sent every delivery in turn, so a receiver that took its
    // whole timeout delayed every other clinic's alert by as much.
    properties.put("touchstone.webhooks.timeout", "30s");
    context.close();
    context = instance();
    CountDownLatch release = new CountDownLatch(1);
    try (MockWebServer slow = new MockWebServer()) {
      slow.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
              release.await(30, TimeUnit.SECONDS);
              return new MockResponse.Builder().code(204).build();
            }
          });
      slow.start();
      UUID sluggish = clinicReceivingAt("Slow Spa", slow, "/hook");
      receiver.enqueue(new MockResponse.Builder().code(204).build());
      aStatusChangeWatchedBy(List.of(sluggish, clinic));
      try {
        Map<UUID, Future<Integer>> lanes = context.getBean(WebhookDispatcher.class).dispatch();

        assertThat(lanes.get(clinic).get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(lanes.get(sluggish)).as("still waiting on its own receiver").isNotDone();
        assertThat(receiver.getRequestCount()).isEqualTo(1);
        release.countDown();
        assertThat(lanes.get(sluggish).get(20, TimeUnit.SECONDS)).isEqualTo(1);
      } finally {
        release.countDown();
      }
    }
  }

  @Test
  void twoInstancesOnOneDatabaseSendEachDeliveryExactlyOnce() throws Exception {
    // scripts/test runs this on PostgreSQL too, where two deployments would share the outbox.
    List<String> ids = new CopyOnWriteArrayList<>();
    receiver.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            ids.add(request.getHeaders().get("webhook-id"));
            return new MockResponse.Builder()
                .code(200)
                .headersDelay(20, TimeUnit.MILLISECONDS)
                .build();
          }
        });
    List<UUID> clinics = new ArrayList<>(List.of(clinic));
    for (int i = 1; i <= 11; i++) {
      clinics.add(clinicReceivingAt("Clinic " + i, receiver, "/clinic-" + i));
    }
    aStatusChangeWatchedBy(clinics);

    ApplicationContext other = instance();
    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<Integer>> sent = new ArrayList<>();
      for (ApplicationContext instance : List.of(context, other)) {
        sent.add(
            both.submit(
                () -> {
                  together.await();
                  WebhookDispatcher dispatcher = instance.getBean(WebhookDispatcher.class);
                  int delivered = 0;
                  for (int round = 0; round < 3; round++) {
                    delivered += dispatcher.deliverDue();
                  }
                  return delivered;
                }));
      }
      int delivered = 0;
      for (Future<Integer> each : sent) {
        delivered += each.get(60, TimeUnit.SECONDS);
      }

      assertThat(delivered).isEqualTo(clinics.size());
      assertThat(ids).hasSize(clinics.size()).doesNotHaveDuplicates().doesNotContainNull();
      Webhooks store = context.getBean(Webhooks.class);
      for (UUID each : clinics) {
        assertThat(store.deliveries(each, 10))
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.status()).isEqualTo("DELIVERED");
                  assertThat(d.attempts()).isEqualTo(1);
                });
      }
    } finally {
      both.shutdownNow();
      other.close();
    }
  }

  @Test
  void theStandardWebhooksReferenceVerifierAcceptsADeliveryAndRefusesItsReplay() throws Exception {
    NodeTools tools = NodeTools.installed();
    receiver.enqueue(new MockResponse.Builder().code(204).build());
    aStatusChangeOnAWatchedLicense();
    assertThat(deliver()).isEqualTo(1);
    RecordedRequest sent = receiver.takeRequest();
    long stamped = Long.parseLong(sent.getHeaders().get("webhook-timestamp"));
    byte[] body = sent.getBody().toByteArray();

    NodeTools.Result onTime = verify(tools, sent, body, stamped + 30);
    assertThat(onTime.output().trim()).isEqualTo("verified " + sent.getHeaders().get("webhook-id"));
    assertThat(onTime.exitCode()).isZero();

    NodeTools.Result replayed = verify(tools, sent, body, stamped + 3600);
    assertThat(replayed.exitCode()).isEqualTo(1);
    assertThat(replayed.output()).contains("timestamp too old");

    byte[] forged =
        new String(body, StandardCharsets.UTF_8)
            .replace("MT142207", "MT000000")
            .getBytes(StandardCharsets.UTF_8);
    NodeTools.Result tampered = verify(tools, sent, forged, stamped);
    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.output()).contains("No matching signature");
  }

  /** The reference verifier's answer to {@code body} with the request's headers, at {@code now}. */
  private NodeTools.Result verify(NodeTools tools, RecordedRequest sent, byte[] body, long now)
      throws Exception {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("secret", secret);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
      headers.put(name, sent.getHeaders().get(name));
    }
    input.put("headers", headers);
    input.put("body", java.util.Base64.getEncoder().encodeToString(body));
    input.put("now", now);
    String argument = context.getBean(io.micronaut.json.JsonMapper.class).writeValueAsString(input);
    return tools.script("verify-webhook.js", argument);
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
