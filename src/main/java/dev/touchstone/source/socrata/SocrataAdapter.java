package dev.touchstone.source.socrata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.touchstone.source.Columns;
import dev.touchstone.source.Download;
import dev.touchstone.source.HttpFetcher;
import dev.touchstone.source.JsonRecords;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.ReadRequest;
import dev.touchstone.source.RecordSink;
import dev.touchstone.source.SocrataSettings;
import dev.touchstone.source.SourceAdapter;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceReadException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;

/**
 * Socrata {@code /resource/<id>.json} endpoints, paged with {@code $limit}/{@code $offset} in a
 * stable {@code $order} until a short page. A local file is read as one page. Rows come with the
 * system field {@code :updated_at}; an incremental read asks only for rows changed since its
 * cursor.
 */
@Singleton
public class SocrataAdapter implements SourceAdapter {
  private final HttpFetcher fetcher;

  public SocrataAdapter(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public String name() {
    return "socrata";
  }

  @Override
  public void check(SourceDefinition source) {
    if (source.socrata() == null) {
      throw new IllegalArgumentException(
          "socrata (where, order, page-size) is required for adapter socrata");
    }
  }

  @Override
  public void read(ReadRequest request, RecordSink sink) {
    SocrataSettings settings = request.socrataSettings();
    Set<String> keysSeen = new HashSet<>();
    int[] row = {0};
    if (Download.isLocal(request.url())) {
      readPage(request, request.url(), null, keysSeen, row, sink);
    } else {
      int offset = 0;
      while (true) {
        int rows =
            readPage(
                request,
                pageUrl(request.url(), settings, request.incremental().since(), offset),
                settings.appToken(),
                keysSeen,
                row,
                sink);
        if (rows < settings.pageSize()) {
          break;
        }
        offset += rows;
      }
    }
    if (row[0] > 0) {
      TreeSet<String> missing = new TreeSet<>();
      for (String column : request.keyColumns()) {
        if (!keysSeen.contains(Columns.key(column))) {
          missing.add(column);
        }
      }
      if (!missing.isEmpty()) {
        throw new SourceReadException(
            request.fileName()
                + ": no record has the mapped field(s) "
                + missing
                + "; the dataset's columns have changed");
      }
    }
  }

  static String pageUrl(String base, SocrataSettings settings, String since, int offset) {
    HttpUrl.Builder url =
        HttpUrl.get(base)
            .newBuilder()
            .setQueryParameter("$select", ":*, *")
            .setQueryParameter("$order", settings.order())
            .setQueryParameter("$limit", Integer.toString(settings.pageSize()))
            .setQueryParameter("$offset", Integer.toString(offset));
    String where = settings.where() == null || settings.where().isBlank() ? null : settings.where();
    if (since != null) {
      // >= rather than >: rows changed in the same instant as the cursor are read again, never
      // missed.
      String changed = ":updated_at >= '" + since.replace("'", "''") + "'";
      where = where == null ? changed : "(" + where + ") AND " + changed;
    }
    if (where != null) {
      url.setQueryParameter("$where", where);
    }
    return url.build().toString();
  }

  private int readPage(
      ReadRequest request,
      String url,
      String appToken,
      Set<String> keysSeen,
      int[] row,
      RecordSink sink) {
    String what = request.fileName();
    try (Download download =
            Download.open(
                fetcher,
                url,
                builder -> {
                  if (appToken != null && !appToken.isBlank()) {
                    builder.header("X-App-Token", appToken);
                  }
                });
        JsonParser parser = JsonRecords.open(download.body(), what)) {
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        Map<String, String> error = new HashMap<>();
        JsonRecords.flattenObject(parser, "", error);
        throw new SourceReadException(
            what
                + ": Socrata answered with an error instead of rows: "
                + JsonRecords.errorMessage(error));
      }
      return JsonRecords.readArray(
          parser,
          what,
          values -> {
            request.incremental().observe(values.get(":updated_at"));
            keysSeen.addAll(values.keySet());
            sink.accept(RawRecord.of(what, ++row[0], values));
          });
    } catch (JsonProcessingException e) {
      throw new SourceReadException(
          what + ": the JSON is malformed or cut off: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SourceReadException(what + ": download failed while reading: " + e.getMessage(), e);
    }
  }
}
