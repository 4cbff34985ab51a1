package dev.touchstone.sync;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code java -jar touchstone.jar sync <source-id>}: one sync from the command line, with a
 * progress bar on the terminal, without starting the HTTP server. The exit status is 0 when the run
 * succeeded (PARTIAL counts: the registry was updated), 1 when it failed, 2 for a bad call.
 */
public final class SyncCommand {
  private static final int BAR = 30;
  private final PrintStream out;

  public SyncCommand(PrintStream out) {
    this.out = out;
  }

  public int run(String sourceId, Map<String, Object> properties) {
    Map<String, Object> settings = new HashMap<>(properties);
    settings.put("touchstone.sync.scheduled", "false");
    settings.put("touchstone.sync.on-startup", "none");
    try (ApplicationContext context = ApplicationContext.builder().properties(settings).start()) {
      SyncService sync = context.getBean(SyncService.class);
      SyncRun started;
      try {
        started = sync.start(sourceId);
      } catch (UnknownSourceException | SyncAlreadyRunningException e) {
        out.println(e.getMessage());
        return 2;
      }
      CompletableFuture<SyncRun> run = CompletableFuture.supplyAsync(() -> sync.complete(started));
      SyncRun finished = await(run, sync, sourceId);
      out.println();
      out.printf(
          "%s %s: fetched %d, inserted %d, updated %d, unchanged %d, unpublished %d, filtered %d, quarantined %d%n",
          finished.sourceId(),
          finished.outcome(),
          finished.fetched(),
          finished.inserted(),
          finished.updated(),
          finished.unchanged(),
          finished.unpublished(),
          finished.filtered(),
          finished.quarantined());
      if (finished.error() != null) {
        out.println("error: " + finished.error());
      }
      return finished.outcome() == SyncOutcome.SUCCEEDED
              || finished.outcome() == SyncOutcome.PARTIAL
          ? 0
          : 1;
    }
  }

  private SyncRun await(CompletableFuture<SyncRun> run, SyncService sync, String sourceId) {
    while (true) {
      try {
        return run.get(250, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        SyncProgress progress = sync.progress().get(sourceId);
        if (progress != null) {
          out.print("\r" + progress.bar(BAR));
          out.flush();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the sync of " + sourceId, e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(
            "the sync of " + sourceId + " broke off: " + e.getCause(), e.getCause());
      }
    }
  }
}
