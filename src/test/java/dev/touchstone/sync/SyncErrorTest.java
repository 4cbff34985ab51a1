package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.IncrementalRead;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceStates;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run stopped by a JVM error (say, out of memory) is closed as FAILED, not left RUNNING for ever.
 */
class SyncErrorTest {
  private BoardServer boards;
  private ApplicationContext context;

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    Map<String, Object> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.put("test.sync-error", "true");
    context = ApplicationContext.run(properties, "test");
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  @Test
  void aRunStoppedByAJvmErrorIsRecordedAsFailedWithTheError() {
    SyncService sync = context.getBean(SyncService.class);
    SyncRun run = sync.start("us-tx-tdlr");

    assertThatThrownBy(() -> sync.complete(run)).isInstanceOf(OutOfMemoryError.class);

    SyncRun recorded = context.getBean(SyncRunRepository.class).findById(run.id()).orElseThrow();
    assertThat(recorded.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(recorded.error()).contains("internal error").contains("Java heap space (simulated)");
    assertThat(sync.start("us-tx-tdlr").outcome())
        .as("the source is free to sync again")
        .isEqualTo(SyncOutcome.RUNNING);
  }

  @Singleton
  @Replaces(IncrementalPolicy.class)
  @Requires(property = "test.sync-error", value = "true")
  static class FailingPolicy extends IncrementalPolicy {
    FailingPolicy(SyncRunRepository runs) {
      super(runs);
    }

    @Override
    IncrementalRead readFor(
        SourceDefinition source, SourceStates.State state, UUID runId, Instant now) {
      throw new OutOfMemoryError("Java heap space (simulated)");
    }
  }
}
