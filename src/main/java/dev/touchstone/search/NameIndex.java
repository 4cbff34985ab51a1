package dev.touchstone.search;

import dev.touchstone.registry.LicenseNameRows;
import dev.touchstone.registry.RegistryChanged;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the in-memory name index in step with the registry: built at start-up, rebuilt after each
 * successful sync here, and after one another instance ran (seen when a source's last good sync
 * changes, and then announced to every other copy of registry data as well).
 */
@Singleton
public class NameIndex {
  private static final Logger LOG = LoggerFactory.getLogger(NameIndex.class);
  private final LicenseNameRows rows;
  private final ExecutorService executor;
  private final ApplicationEventPublisher<RegistryChanged> events;
  private volatile IndexedLicenses current;
  private volatile String builtFrom;

  public NameIndex(
      LicenseNameRows rows,
      @Named("sync") ExecutorService executor,
      ApplicationEventPublisher<RegistryChanged> events) {
    this.rows = rows;
    this.events = events;
    this.executor = executor;
  }

  /** Whether the index has been built once, so a search answers without waiting for it. */
  public boolean isBuilt() {
    return current != null;
  }

  /** The index, built on first use when start-up has not finished building it yet. */
  IndexedLicenses current() {
    IndexedLicenses index = current;
    if (index == null) {
      synchronized (this) {
        if (current == null) {
          rebuild();
        }
        index = current;
      }
    }
    return index;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    executor.submit(this::current);
  }

  @EventListener
  void onRegistryChanged(RegistryChanged event) {
    if (!event.recordsChanged()) {
      builtFrom = rows.syncFingerprint();
      return;
    }
    try {
      rebuild();
    } catch (RuntimeException e) {
      LOG.error(
          "the name index could not be rebuilt after the sync of {}; searches use the previous one",
          event.sourceId(),
          e);
    }
  }

  @Scheduled(
      fixedDelay = "${touchstone.search.refresh-check:60s}",
      initialDelay = "${touchstone.search.refresh-check:60s}")
  void refreshWhenAnotherInstanceSynced() {
    if (builtFrom != null && !builtFrom.equals(rows.syncFingerprint())) {
      events.publishEvent(new RegistryChanged(RegistryChanged.ANY_SOURCE));
    }
  }

  synchronized void rebuild() {
    long started = System.nanoTime();
    String fingerprint = rows.syncFingerprint();
    IndexBuilder builder = new IndexBuilder(rows.npiByLicense());
    rows.forEach(builder::add);
    current = builder.build();
    builtFrom = fingerprint;
    LOG.info(
        "name index: {} licenses of people indexed in {} ms",
        current.size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
