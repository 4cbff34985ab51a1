package dev.touchstone.database;

import com.zaxxer.hikari.HikariConfig;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes H2's page cache to the heap: an eighth of it, between 16 and 64 MB, unless the JDBC URL
 * sets CACHE_SIZE itself. The cache lives in the old generation, so a cache too large for the heap
 * turns a re-sync into long collector pauses (measured in src/docs/performance.md).
 */
@Singleton
class H2CacheSizing {
  private static final Logger LOG = LoggerFactory.getLogger(H2CacheSizing.class);
  private static final long MB = 1024 * 1024;
  private final Database database;
  private final String url;

  /**
   * The URL as configured: H2's connection metadata leaves its settings, CACHE_SIZE among them,
   * out.
   */
  H2CacheSizing(Database database, DataSource dataSource) {
    this.database = database;
    this.url =
        DelegatingDataSource.unwrapDataSource(dataSource) instanceof HikariConfig pool
                && pool.getJdbcUrl() != null
            ? pool.getJdbcUrl().toUpperCase(Locale.ROOT)
            : "";
  }

  /** The cache for a heap of {@code maxHeapBytes}, in KB as H2's CACHE_SIZE takes it. */
  static long cacheKilobytes(long maxHeapBytes) {
    return Math.max(16 * MB, Math.min(64 * MB, maxHeapBytes / 8)) / 1024;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (!url.startsWith("JDBC:H2:FILE:") || url.contains("CACHE_SIZE=")) {
      return;
    }
    long kilobytes = cacheKilobytes(Runtime.getRuntime().maxMemory());
    try {
      database.read(
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.execute("SET CACHE_SIZE " + kilobytes);
            }
            return null;
          });
      LOG.info(
          "H2 page cache: {} MB (an eighth of the heap, 16–64 MB; CACHE_SIZE in the JDBC URL overrides it)",
          kilobytes / 1024);
    } catch (DatabaseException e) {
      LOG.warn("could not size H2's page cache; it keeps H2's default: {}", e.getMessage());
    }
  }
}
