package dev.touchstone.verification.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.support.TestDatabases;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Settings are checked when the service starts: a value that cannot work names its property instead
 * of misbehaving later.
 */
class BatchSettingsTest {

  private static ApplicationContext start(Map<String, String> settings) {
    Map<String, Object> properties = new HashMap<>(TestDatabases.fresh());
    properties.putAll(settings);
    return ApplicationContext.run(properties, "test");
  }

  @Test
  void anUnsetLimitIsTenThousandRows() {
    try (ApplicationContext context = start(Map.of())) {
      assertThat(context.getBean(BatchSettings.class).maxRows()).isEqualTo(10_000);
    }
  }

  @Test
  void aLimitOfNoRowsIsRefusedWithThePropertyNamed() {
    try (ApplicationContext context = start(Map.of("touchstone.batch.max-rows", "0"))) {
      assertThatThrownBy(() -> context.getBean(BatchVerifier.class))
          .hasStackTraceContaining("maxRows")
          .hasStackTraceContaining("must be greater than 0");
    }
  }
}
