package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a board sees of us: who is calling and whom to tell, and no faster than its source allows.
 */
class SourcePolitenessTest {
  private final BoardServer boards = SampleBoards.start();
  private ApplicationContext context;

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  private void start(Map<String, String> overrides) {
    Map<String, Object> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.putAll(overrides);
    context = ApplicationContext.run(properties, "test");
  }

  @Test
  void everyCallNamesTheServiceAndTheContactAddressFromConfiguration() throws Exception {
    start(Map.of("touchstone.http.contact", "mailto:ops@clinic-network.example"));
    context.getBean(SyncService.class).run("us-tx-tdlr");
    RecordedRequest request = boards.server().takeRequest();
    assertThat(request.getHeaders().get("User-Agent"))
        .isEqualTo(
            "Touchstone/0.1 (massage license verification; +mailto:ops@clinic-network.example)");
  }

  @Test
  void aSourceThatAsksForMoreRoomHasItsHostPacedAccordingly() {
    start(Map.of("touchstone.sources.us-or-obmt.min-request-interval", "PT3S"));
    assertThat(context.getBean(HttpFetcher.class).intervalFor(boards.server().getHostName()))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(context.getBean(HttpFetcher.class).intervalFor("data.wa.gov"))
        .isEqualTo(Duration.ZERO);
  }
}
