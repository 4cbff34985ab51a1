package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * security-2026-12 F1: forged forwarding headers and invented keys each got a fresh bucket, and
 * wrong admin keys were never limited. Each test runs its own service, so none spends another's
 * tokens.
 */
class RateLimitTest {
  private static final String ADMIN = "test-admin-key-0123";
  private final BoardServer boards = SampleBoards.start();
  private EmbeddedServer server;
  private HttpClient http;

  private void start(Map<String, String> extra) {
    Map<String, Object> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.put("touchstone.rate-limit.public-per-minute", "1");
    properties.put("touchstone.rate-limit.public-burst", "3");
    properties.put("touchstone.rate-limit.clinic-per-minute", "1");
    properties.put("touchstone.rate-limit.clinic-burst", "5");
    properties.put("touchstone.rate-limit.failed-keys-per-minute", "1");
    properties.put("touchstone.rate-limit.failed-keys-burst", "2");
    properties.put("touchstone.sync.on-startup", "none");
    properties.putAll(extra);
    server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    http = HttpClient.create(server.getURL());
  }

  @AfterEach
  void stop() {
    if (http != null) {
      http.close();
    }
    if (server != null) {
      server.getApplicationContext().close();
    }
    boards.close();
  }

  private int status(MutableHttpRequest<?> request) {
    try {
      return http.toBlocking().exchange(request, String.class).code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  private static MutableHttpRequest<?> batchOf(int rows, String key) {
    return HttpRequest.POST(
            "/api/v1/verifications/batch", "name,state\n" + "Jane Doe,KS\n".repeat(rows))
        .contentType("text/csv")
        .accept("text/csv")
        .header("X-Api-Key", key);
  }

  private static MutableHttpRequest<?> lookup() {
    return HttpRequest.GET("/api/v1/jurisdictions");
  }

  @Test
  void forgedForwardingHeadersAndInventedKeysShareTheSendersBucket() {
    start(Map.of());
    for (int i = 0; i < 3; i++) {
      assertThat(status(lookup())).isEqualTo(200);
    }
    try {
      http.toBlocking().exchange(lookup(), String.class);
      org.junit.jupiter.api.Assertions.fail("the fourth request in the burst of three passed");
    } catch (HttpClientResponseException refused) {
      assertThat(refused.getStatus().getCode()).isEqualTo(429);
      assertThat(Long.parseLong(refused.getResponse().header("Retry-After"))).isBetween(1L, 60L);
      assertThat(refused.getResponse().getBody(String.class).orElse(""))
          .contains("Too many requests", "try again in");
    }
    assertThat(status(HttpRequest.GET("/health"))).isNotEqualTo(429);
    assertThat(status(lookup().header("X-Forwarded-For", "203.0.113.9"))).isEqualTo(429);
    assertThat(status(lookup().header("Forwarded", "for=198.51.100.7"))).isEqualTo(429);
    assertThat(status(lookup().header("X-Api-Key", "tsk_invented-1"))).isEqualTo(429);
  }

  @Test
  void wrongAdminKeysAreLimitedBeforeTheAddressIsSpent() {
    start(Map.of("touchstone.rate-limit.public-burst", "100"));
    MutableHttpRequest<?> guess = HttpRequest.POST("/api/v1/sources/us-tx-tdlr/sync", "");
    assertThat(status(guess.header("X-Api-Key", "wrong-admin-key-000001"))).isEqualTo(403);
    assertThat(
            status(
                HttpRequest.POST("/api/v1/sources/us-tx-tdlr/sync", "")
                    .header("X-Api-Key", "wrong-admin-key-000002")))
        .isEqualTo(403);
    assertThat(
            status(
                HttpRequest.POST("/api/v1/sources/us-tx-tdlr/sync", "")
                    .header("X-Api-Key", "wrong-admin-key-000003")))
        .isEqualTo(429);
    assertThat(status(lookup())).as("keyless requests from the address still pass").isEqualTo(200);
  }

  @Test
  void aLiveClinicKeyHasItsOwnBucketWhenItsAddressIsSpent() {
    start(Map.of());
    Map<?, ?> organization =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/organizations", Map.of("name", "Bucket Clinic"))
                    .header("X-Api-Key", ADMIN),
                Map.class);
    String key = (String) organization.get("apiKey");
    while (status(lookup()) != 429) {
      // spend the address's bucket
    }
    assertThat(status(HttpRequest.GET("/api/v1/watchlist").header("X-Api-Key", key)))
        .isEqualTo(200);
  }

  @Test
  void aClinicsBatchRowsCountAgainstItsQuotaBeforeAnyIsChecked() {
    start(
        Map.of(
            "touchstone.rate-limit.batch-rows-burst", "5",
            "touchstone.rate-limit.batch-rows-per-minute", "1"));
    Map<?, ?> organization =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/organizations", Map.of("name", "Quota Clinic"))
                    .header("X-Api-Key", ADMIN),
                Map.class);
    String key = (String) organization.get("apiKey");
    assertThat(status(batchOf(4, key))).isEqualTo(200);
    assertThat(status(batchOf(3, key))).as("4 + 3 rows is past the burst of 5").isEqualTo(429);
    Map<?, ?> history =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/v1/verifications").header("X-Api-Key", key), Map.class);
    assertThat((List<?>) history.get("verifications"))
        .as("only the first batch's checks")
        .hasSize(4);
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnBucketAndPrependingChangesNothing() {
    start(Map.of("touchstone.rate-limit.trusted-proxies", "127.0.0.1/32,::1"));
    for (int i = 0; i < 3; i++) {
      assertThat(status(lookup().header("X-Forwarded-For", "203.0.113.5"))).isEqualTo(200);
    }
    assertThat(status(lookup().header("X-Forwarded-For", "203.0.113.5"))).isEqualTo(429);
    assertThat(status(lookup().header("X-Forwarded-For", "198.51.100.9, 203.0.113.5")))
        .as("the proxy appended the real client last")
        .isEqualTo(429);
    assertThat(status(lookup().header("X-Forwarded-For", "203.0.113.6"))).isEqualTo(200);
  }
}
