package dev.touchstone.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;

/** Real definitions and a real client, with retries that do not wait. */
final class AdapterTestSupport {
  final List<Duration> waits = new ArrayList<>();
  final HttpSettings settings =
      new HttpSettings(
          Duration.ofSeconds(2),
          Duration.ofMillis(500),
          3,
          Duration.ofMillis(100),
          Duration.ofSeconds(5),
          "Touchstone-test",
          Duration.ZERO);
  final HttpFetcher fetcher =
      new HttpFetcher(
          new OkHttpClient.Builder().readTimeout(Duration.ofMillis(500)).build(),
          waits::add,
          settings);

  static SourceDefinition source(String id, Map<String, String> overrides) {
    return new SourceDefinitionParser().parse(Path.of("config/sources/" + id + ".yml"), overrides);
  }

  static ReadRequest request(SourceDefinition source, Set<String> mapped, Set<String> key) {
    return new ReadRequest(source, source.allFiles().get(0), mapped, key);
  }

  static List<RawRecord> readAll(SourceAdapter adapter, ReadRequest request) {
    List<RawRecord> records = new ArrayList<>();
    adapter.read(request, records::add);
    return records;
  }
}
