package dev.touchstone.source;

import io.micronaut.context.annotation.Context;
import okhttp3.HttpUrl;

/** Applies each source's own {@code min-request-interval} to its hosts when the service starts. */
@Context
class SourcePacing {
  SourcePacing(SourceDefinitions sources, HttpFetcher fetcher) {
    for (SourceDefinition source : sources.all()) {
      if (source.minRequestInterval() == null) {
        continue;
      }
      for (SourceDefinition.NamedFile file : source.allFiles()) {
        HttpUrl url = HttpUrl.parse(file.definition().url().replace("{query}", "q"));
        if (url != null) {
          fetcher.spaceCallsTo(url.host(), source.minRequestInterval());
        }
      }
    }
  }
}
