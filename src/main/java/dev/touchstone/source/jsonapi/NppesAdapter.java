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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * The NPPES NPI Registry API: one query per configured state for the configured taxonomy, paged
 * with {@code limit}/{@code skip}. An HTTP 200 whose body carries {@code Errors} is a failed query,
 * never "no results".
 *
 * <p>One query reaches at most {@code limit + max-skip} records (about 1,200). A query that fills
 * that many is split by postal-code prefix, one digit at a time (two digits first, because the API
 * needs two characters before a wildcard: {@code 33*}, then {@code 331*}, … then an exact ZIP),
 * until every query comes back under the cap; only those complete answers are loaded. A query that
 * still reaches the cap at a full ZIP code fails the run, rather than loading a partial set.
 */
@Singleton
public class NppesAdapter implements SourceAdapter {
  private static final int ZIP_LENGTH = 5;
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
      throw new IllegalArgumentException(
          "json-api (states, taxonomy-description) is required for adapter json-api");
    }
    if (source.jsonApi().states().isEmpty()
        && !Download.isLocal(source.url() == null ? "" : source.url())) {
      throw new IllegalArgumentException("json-api.states must list at least one state to query");
    }
  }

  @Override
  public void read(ReadRequest request, RecordSink sink) {
    JsonApiSettings settings = request.source().jsonApi();
    int[] row = {0};
    if (Download.isLocal(request.url())) {
      readPage(
          request,
          request.url(),
          values -> sink.accept(RawRecord.of(request.fileName(), ++row[0], values)));
      return;
    }
    // A provider could match two prefixes (the API may match either of its addresses): load it
    // once.
    Set<String> seen = new HashSet<>();
    for (String state : settings.states()) {
      readQuery(
          request,
          settings,
          state,
          null,
          values -> {
            if (values.get("number") == null || seen.add(values.get("number"))) {
              sink.accept(RawRecord.of(request.fileName(), ++row[0], values));
            }
          });
    }
  }

  /** Reads one query whole, or, when it reaches the cap, each of its narrower queries. */
  private void readQuery(
      ReadRequest request,
      JsonApiSettings settings,
      String state,
      String zipPrefix,
      Consumer<Map<String, String>> records) {
    List<Map<String, String>> answer = new ArrayList<>();
    int skip = 0;
    while (true) {
      int results =
          readPage(request, queryUrl(request.url(), settings, state, zipPrefix, skip), answer::add);
      if (results < settings.pageSize()) {
        answer.forEach(records);
        return;
      }
      skip += results;
      if (skip > settings.maxSkip()) {
        break;
      }
    }
    String where =
        "state "
            + state
            + (zipPrefix == null
                ? ""
                : " and postal code " + zipPrefix + (zipPrefix.length() < ZIP_LENGTH ? "*" : ""));
    if (zipPrefix != null && zipPrefix.length() >= ZIP_LENGTH) {
      throw new SourceReadException(
          "NPPES query for "
              + where
              + " still reaches the API's limit of "
              + (settings.maxSkip() + settings.pageSize())
              + " results and cannot be split further; the run fails rather than "
              + "load a partial set of massage NPIs");
    }
    for (String narrower : narrower(zipPrefix)) {
      readQuery(request, settings, state, narrower, records);
    }
  }

  /** The next digit of the prefix; the first split is two digits, the API's shortest wildcard. */
  static List<String> narrower(String zipPrefix) {
    List<String> prefixes = new ArrayList<>();
    if (zipPrefix == null) {
      for (int i = 0; i < 100; i++) {
        prefixes.add(String.format("%02d", i));
      }
    } else {
      for (int digit = 0; digit < 10; digit++) {
        prefixes.add(zipPrefix + digit);
      }
    }
    return prefixes;
  }

  static String queryUrl(
      String base, JsonApiSettings settings, String state, String zipPrefix, int skip) {
    HttpUrl.Builder url =
        HttpUrl.get(base)
            .newBuilder()
            .setQueryParameter("version", settings.version())
            .setQueryParameter("taxonomy_description", settings.taxonomyDescription())
            .setQueryParameter("state", state);
    if (zipPrefix != null) {
      url.setQueryParameter(
          "postal_code", zipPrefix.length() < ZIP_LENGTH ? zipPrefix + "*" : zipPrefix);
    }
    return url.setQueryParameter("limit", Integer.toString(settings.pageSize()))
        .setQueryParameter("skip", Integer.toString(skip))
        .build()
        .toString();
  }

  private int readPage(ReadRequest request, String url, Consumer<Map<String, String>> records) {
    String what = request.fileName();
    try (Download download = Download.open(fetcher, url);
        JsonParser parser = JsonRecords.open(download.body(), what)) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new SourceReadException(
            what + ": expected a JSON object with results, got " + parser.currentToken());
      }
      int results = -1;
      Map<String, String> other = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("results") && value == JsonToken.START_ARRAY) {
          results = JsonRecords.readArray(parser, what, records::accept);
        } else if (field.equalsIgnoreCase("Errors")) {
          Map<String, String> error = new HashMap<>();
          if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
            collectErrors(parser, value, error);
          }
          throw new SourceReadException(
              what
                  + ": the NPI Registry answered with an error, not results: "
                  + JsonRecords.errorMessage(error));
        } else {
          if (value.isScalarValue()) {
            other.put(field, parser.getText());
          }
          parser.skipChildren();
        }
      }
      if (results < 0) {
        throw new SourceReadException(
            what + ": the NPI Registry answer has no 'results' (got " + other.keySet() + ")");
      }
      return results;
    } catch (JsonProcessingException e) {
      throw new SourceReadException(
          what + ": the JSON is malformed or cut off: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SourceReadException(what + ": download failed while reading: " + e.getMessage(), e);
    }
  }

  private static void collectErrors(JsonParser parser, JsonToken start, Map<String, String> error)
      throws IOException {
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
