package dev.touchstone.sync;

import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceStates;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * With {@code touchstone.sync.on-startup=if-never-synced}, syncs each enabled source that has never
 * synced successfully, in the background, so a fresh install answers queries at once.
 */
@Singleton
@Requires(property = "touchstone.sync.on-startup", value = "if-never-synced")
class StartupSync {
  private final SourceDefinitions sources;
  private final SourceStates states;
  private final SyncService sync;
  private final ExecutorService executor;

  StartupSync(
      SourceDefinitions sources,
      SourceStates states,
      SyncService sync,
      @Named("sync") ExecutorService executor) {
    this.sources = sources;
    this.states = states;
    this.sync = sync;
    this.executor = executor;
  }

  @EventListener
  void onServerStarted(ServerStartupEvent event) {
    Map<String, SourceStates.State> known = states.all();
    executor.submit(
        () -> {
          for (SourceDefinition source : sources.all()) {
            SourceStates.State state = known.get(source.id());
            if (source.enabled() && (state == null || state.lastSuccessAt() == null)) {
              sync.run(source.id());
            }
          }
        });
  }
}
