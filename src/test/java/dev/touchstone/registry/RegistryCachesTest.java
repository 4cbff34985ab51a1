package dev.touchstone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.search.NameQuery;
import dev.touchstone.search.PractitionerFinder;
import dev.touchstone.search.PractitionerSearch;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Answers are served from memory between syncs, and never from before the last committed one. */
class RegistryCachesTest {
  private static final String TX = "/dbproduction2/ltmassage.csv";
  private static final String TEXAS =
      new String(Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"), StandardCharsets.UTF_8);

  @Test
  void aLookupAfterASyncThatChangedTheLicenseSeesTheChange() {
    try (BoardServer boards = SampleBoards.start();
        ApplicationContext context =
            ApplicationContext.run(Map.copyOf(SampleBoards.properties(boards)), "test")) {
      SyncService sync = context.getBean(SyncService.class);
      LicenseQueries licenses = context.getBean(LicenseQueries.class);
      sync.run("us-tx-tdlr");
      assertThat(licenses.find("TX", "MT142207").orElseThrow().expiresOn())
          .hasToString("2027-10-31");
      assertThat(licenses.find("TX", "mt 142207").orElseThrow().expiresOn())
          .hasToString("2027-10-31");
      assertThat(hits(context, "license-lookups"))
          .as("the second lookup came from memory")
          .isEqualTo(1);
      assertThat(expiriesFound(context)).containsExactly("2027-10-31");

      boards.serve(
          TX,
          request ->
              BoardServer.ok(
                  TEXAS
                      .replace("10312027,\"PRESCOTT", "10312029,\"PRESCOTT")
                      .getBytes(StandardCharsets.UTF_8),
                  "text/csv"));
      sync.run("us-tx-tdlr");

      assertThat(licenses.find("TX", "MT142207").orElseThrow().expiresOn())
          .hasToString("2029-10-31");
      assertThat(expiriesFound(context)).containsExactly("2029-10-31");
    }
  }

  @Test
  void anAnswerReadWhileASyncCommittedIsNotServedAfterIt() {
    RegistryCaches caches = new RegistryCaches(new SimpleMeterRegistry());
    RegistryCache<String, String> cache = caches.create("test", 10, (key, value) -> 1);
    AtomicReference<String> registry = new AtomicReference<>("before");
    String answered =
        cache.get(
            "MT142207",
            key -> {
              String read = registry.get();
              registry.set("after");
              caches.onRegistryChanged(new RegistryChanged("us-tx-tdlr"));
              return read;
            });
    assertThat(answered).isEqualTo("before");
    assertThat(cache.get("MT142207", key -> registry.get())).isEqualTo("after");
  }

  @Test
  void aCacheHoldsNoMoreThanItsWeight() {
    RegistryCaches caches = new RegistryCaches(new SimpleMeterRegistry());
    RegistryCache<Integer, String> cache =
        caches.create("test", 100, (key, value) -> value.length());
    for (int i = 0; i < 1_000; i++) {
      cache.get(i, key -> "ten chars!");
    }
    assertThat(cache.estimatedWeight()).isLessThanOrEqualTo(100);
  }

  /** The expiry dates of the licenses a name search lists for the person. */
  private static java.util.List<String> expiriesFound(ApplicationContext context) {
    var found =
        context
            .getBean(PractitionerSearch.class)
            .search(
                NameQuery.parse("Janice Prescott"),
                new PractitionerFinder.Criteria("TX", null, null),
                10,
                0);
    return found.results().stream()
        .flatMap(person -> person.licenses().stream())
        .map(license -> String.valueOf(license.expiresOn()))
        .toList();
  }

  private static double hits(ApplicationContext context, String cache) {
    return context
        .getBean(MeterRegistry.class)
        .get("cache.gets")
        .tag("cache", cache)
        .tag("result", "hit")
        .functionCounter()
        .count();
  }
}
