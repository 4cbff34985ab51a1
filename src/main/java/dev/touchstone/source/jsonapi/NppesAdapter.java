package dev.touchstone.source.jsonapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.touchstone.source.Download;
import dev.touchstone.source.HttpFetcher;
import dev.touchstone.source.JsonApiSettings;
import dev.touchstone.source.JsonRecords;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.ReadRequest;
import dev.touchstone.source.RecordSink;
import dev.touchstone.source.SourceAdapter;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceReadException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The NPPES NPI Registry API: one query per configured state for the configured taxonomy, paged
 * with {@code limit}/{@code skip}. An HTTP 200 whose body carries {@code Errors} is a failed
 * query, never "no results".
 */
@Singleton
public class NppesAdapter implements SourceAdapter {
  private final HttpFetcher fetcher;

  public NppesAdapter(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public String name() {
    return "json-api";
  }

  @Override
  public void check(SourceDefinition source) {
    if (source.jsonApi() == null) {
      throw new IllegalArgumentException("json-api (states, taxonomy-description) is required for adapter json-api");
    }
    if (source.jsonApi().states().isEmpty() && !Download.isLocal(source.url() == null ? "" : source.url())) {
      throw new IllegalArgumentException("json-api.states must list at least one state to query");
    }
  }

  @Override
  public void read(ReadRequest request, RecordSink sink) {
    JsonApiSettings settings = request.source().jsonApi();
    int[] row = {0};
    if (Download.isLocal(request.url())) {
      readPage(request, request.url(), row, sink);
      return;
    }
    for (String state : settings.states()) {
      int skip = 0;
      while (true) {
        int results = readPage(request, queryUrl(request.url(), settings, state, skip), row, sink);
        if (results < settings.pageSize()) {
          break;
        }
        skip += results;
        if (skip > settings.maxSkip()) {
          sink.warn("NPPES query for state " + state + " reached the API's limit of " + (settings.maxSkip() + settings.pageSize())
              + " results; records beyond it were not read");
          break;
        }
      }
    }
  }

  static String queryUrl(String base, JsonApiSettings settings, String state, int skip) {
    return HttpUrl.get(base).newBuilder()
        .setQueryParameter("version", settings.version())
        .setQueryParameter("taxonomy_description", settings.taxonomyDescription())
        .setQueryParameter("state", state)
        .setQueryParameter("limit", Integer.toString(settings.pageSize()))
        .setQueryParameter("skip", Integer.toString(skip))
        .build().toString();
  }

  private int readPage(ReadRequest request, String url, int[] row, RecordSink sink) {
    String what = request.fileName();
    try (Download download = Download.open(fetcher, url); JsonParser parser = JsonRecords.open(download.body(), what)) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new SourceReadException(what + ": expected a JSON object with results, got " + parser.currentToken());
      }
      int results = -1;
      Map<String, String> other = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("results") && value == JsonToken.START_ARRAY) {
          results = JsonRecords.readArray(parser, what, values -> sink.accept(RawRecord.of(what, ++row[0], values)));
        } else if (field.equalsIgnoreCase("Errors")) {
          Map<String, String> error = new HashMap<>();
          if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
            collectErrors(parser, value, error);
          }
          throw new SourceReadException(what + ": the NPI Registry answered with an error, not results: " + JsonRecords.errorMessage(error));
        } else {
          if (value.isScalarValue()) {
            other.put(field, parser.getText());
          }
          parser.skipChildren();
        }
      }
      if (results < 0) {
        throw new SourceReadException(what + ": the NPI Registry answer has no 'results' (got " + other.keySet() + ")");
      }
      return results;
    } catch (JsonProcessingException e) {
      throw new SourceReadException(what + ": the JSON is malformed or cut off: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SourceReadException(what + ": download failed while reading: " + e.getMessage(), e);
    }
  }

  private static void collectErrors(JsonParser parser, JsonToken start, Map<String, String> error) throws IOException {
    if (start == JsonToken.START_OBJECT) {
      JsonRecords.flattenObject(parser, "errors.0.", error);
      return;
    }
    int i = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token == JsonToken.START_OBJECT) {
        JsonRecords.flattenObject(parser, "errors." + i++ + ".", error);
      } else {
        parser.skipChildren();
      }
    }
  }
}
