package dev.touchstone.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CacheSizingTest {
  private static final long MB = 1024 * 1024;

  @Test
  void theCacheIsAnEighthOfTheHeapBetween16And64Megabytes() {
    assertThat(H2CacheSizing.cacheKilobytes(256 * MB)).isEqualTo(32 * 1024);
    assertThat(H2CacheSizing.cacheKilobytes(64 * MB)).isEqualTo(16 * 1024);
    assertThat(H2CacheSizing.cacheKilobytes(6 * 1024 * MB)).isEqualTo(64 * 1024);
  }

  @Test
  void aFileDatabaseGetsTheHeapSizedCacheUnlessItsUrlSetsOne(@TempDir Path dir) throws Exception {
    long expected = H2CacheSizing.cacheKilobytes(Runtime.getRuntime().maxMemory()) / 1024;
    assumeThat(expected)
        .as("H2's own default; the test JVM's heap must be above 128 MB to tell them apart")
        .isNotEqualTo(16);
    assertThat(
            cacheMegabytes("jdbc:h2:file:" + dir.resolve("sized") + ";LAZY_QUERY_EXECUTION=TRUE"))
        .isEqualTo(expected);
    assertThat(cacheMegabytes("jdbc:h2:file:" + dir.resolve("chosen") + ";CACHE_SIZE=20480"))
        .isEqualTo(20);
  }

  private static long cacheMegabytes(String url) throws Exception {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("datasources.default.url", url), "test")) {
      return context
          .getBean(Database.class)
          .read(
              connection -> {
                try (PreparedStatement select =
                        connection.prepareStatement(
                            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'");
                    ResultSet row = select.executeQuery()) {
                  row.next();
                  return Long.parseLong(row.getString(1));
                }
              });
    }
  }
}
