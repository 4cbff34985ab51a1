package dev.touchstone.source.html;

import dev.touchstone.source.Columns;
import dev.touchstone.source.Download;
import dev.touchstone.source.HtmlSettings;
import dev.touchstone.source.HttpFetcher;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.ReadRequest;
import dev.touchstone.source.RecordSink;
import dev.touchstone.source.SourceAdapter;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceReadException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Boards that publish nothing but an HTML lookup. For each configured query it reads the result
 * list page by page (following the next-page link), one request at a time, takes each row's cells
 * by the definition's CSS selectors and, when configured, the row's own detail page. A page that no
 * longer matches the selectors fails the run: a changed page must never read as "no licenses".
 */
@Singleton
public class HtmlAdapter implements SourceAdapter {
  private final HttpFetcher fetcher;

  public HtmlAdapter(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public String name() {
    return "html";
  }

  @Override
  public void check(SourceDefinition source) {
    HtmlSettings html = source.html();
    if (html == null) {
      throw new IllegalArgumentException("html (page, rows, fields) is required for adapter html");
    }
    if (!html.queries().isEmpty() && !source.url().contains("{query}")) {
      throw new IllegalArgumentException(
          "html.queries needs a url with {query} where each query goes");
    }
    List<String> selectors = new ArrayList<>(List.of(html.page(), html.rows()));
    selectors.addAll(html.fields().values());
    selectors.addAll(html.links().values());
    if (html.nextPage() != null) {
      selectors.add(html.nextPage());
    }
    if (html.noResults() != null) {
      selectors.add(html.noResults());
    }
    if (html.detail() != null) {
      selectors.add(html.detail().page());
      selectors.addAll(html.detail().fields().values());
      selectors.addAll(html.detail().repeatFields().values());
      if (html.detail().repeat() != null) {
        selectors.add(html.detail().repeat());
      }
    }
    for (String selector : selectors) {
      try {
        Selector.evaluatorOf(selector);
      } catch (Selector.SelectorParseException e) {
        throw new IllegalArgumentException(
            "html selector '" + selector + "' is not valid CSS: " + e.getMessage());
      }
    }
  }

  @Override
  public void read(ReadRequest request, RecordSink sink) {
    HtmlSettings html = request.source().html();
    int[] row = {0};
    List<String> queries =
        html.queries().isEmpty() ? java.util.Collections.singletonList(null) : html.queries();
    for (String query : queries) {
      String url =
          query == null
              ? request.url()
              : request.url().replace("{query}", URLEncoder.encode(query, StandardCharsets.UTF_8));
      readResults(request, html, url, row, sink);
    }
  }

  private void readResults(
      ReadRequest request, HtmlSettings html, String firstPage, int[] row, RecordSink sink) {
    Set<String> visited = new HashSet<>();
    String url = firstPage;
    while (url != null) {
      if (!visited.add(url)) {
        sink.warn(
            request.fileName()
                + ": the next-page link of "
                + url
                + " leads back to a page already read; paging stopped there");
        return;
      }
      if (visited.size() > html.maxPages()) {
        throw new SourceReadException(
            request.fileName()
                + ": more than "
                + html.maxPages()
                + " result pages from "
                + firstPage
                + "; raise html.max-pages if the board really has that many");
      }
      Document page = fetch(request, url);
      requirePage(request, page, html.page(), url, "html.page");
      Elements rows = page.select(html.rows());
      if (rows.isEmpty()) {
        if (html.noResults() != null && !page.select(html.noResults()).isEmpty()) {
          return;
        }
        throw new SourceReadException(
            request.fileName()
                + ": "
                + url
                + " has no result rows ('"
                + html.rows()
                + "') and no no-results message"
                + (html.noResults() == null ? "" : " ('" + html.noResults() + "')")
                + "; the board changed its page: update html.rows in the definition");
      }
      List<Map<String, String>> values = new ArrayList<>(rows.size());
      for (Element element : rows) {
        values.add(rowValues(html, element));
      }
      requireEveryColumn(request, url, rows.size(), values, html.fields(), html.links());
      for (Map<String, String> rowValues : values) {
        emit(request, html, firstPage, rowValues, row, sink);
      }
      url = nextPage(html, page);
      if (url != null) {
        requireOnTheBoard(request, firstPage, url, "next-page");
      }
    }
  }

  private static Map<String, String> rowValues(HtmlSettings html, Element row) {
    Map<String, String> values = new HashMap<>();
    html.fields()
        .forEach(
            (column, selector) -> {
              Element cell = row.selectFirst(selector);
              if (cell != null) {
                values.put(Columns.key(column), cell.text().trim());
              }
            });
    html.links()
        .forEach(
            (column, selector) -> {
              Element link = row.selectFirst(selector);
              if (link != null) {
                values.put(Columns.key(column), link.absUrl("href"));
              }
            });
    return values;
  }

  /**
   * A column whose selector matches in none of a page's rows means the page changed, not that every
   * licensee lacks it.
   */
  private static void requireEveryColumn(
      ReadRequest request,
      String url,
      int rows,
      List<Map<String, String>> values,
      Map<String, String> fields,
      Map<String, String> links) {
    Map<String, String> selectors = new LinkedHashMap<>(fields);
    selectors.putAll(links);
    selectors.forEach(
        (column, selector) -> {
          if (values.stream().noneMatch(row -> row.containsKey(Columns.key(column)))) {
            throw new SourceReadException(
                request.fileName()
                    + ": on "
                    + url
                    + ", '"
                    + column
                    + "' ('"
                    + selector
                    + "') matches nothing in any of the "
                    + rows
                    + " rows; the board changed its page: update the definition's selectors");
          }
        });
  }

  private void emit(
      ReadRequest request,
      HtmlSettings html,
      String firstPage,
      Map<String, String> rowValues,
      int[] row,
      RecordSink sink) {
    HtmlSettings.Detail detail = html.detail();
    if (detail == null) {
      sink.accept(RawRecord.of(request.fileName(), ++row[0], withoutBlanks(rowValues)));
      return;
    }
    String link = rowValues.get(Columns.key(detail.link()));
    if (link == null || link.isBlank()) {
      sink.accept(
          RawRecord.malformed(
              request.fileName(), ++row[0], "the row has no link to its detail page"));
      return;
    }
    requireOnTheBoard(request, firstPage, link, "detail-page");
    Document page = fetch(request, link);
    requirePage(request, page, detail.page(), link, "html.detail.page");
    Map<String, String> values = new HashMap<>(rowValues);
    detail
        .fields()
        .forEach(
            (column, selector) -> {
              Element element = page.selectFirst(selector);
              if (element != null) {
                values.put(Columns.key(column), element.text().trim());
              }
            });
    Elements blocks = detail.repeat() == null ? new Elements() : page.select(detail.repeat());
    if (blocks.isEmpty()) {
      sink.accept(RawRecord.of(request.fileName(), ++row[0], withoutBlanks(values)));
      return;
    }
    for (Element block : blocks) {
      Map<String, String> repeated = new HashMap<>(values);
      detail
          .repeatFields()
          .forEach(
              (column, selector) -> {
                Element element = block.selectFirst(selector);
                if (element != null) {
                  repeated.put(Columns.key(column), element.text().trim());
                }
              });
      sink.accept(RawRecord.of(request.fileName(), ++row[0], withoutBlanks(repeated)));
    }
  }

  private static Map<String, String> withoutBlanks(Map<String, String> values) {
    values.values().removeIf(value -> value == null || value.isBlank());
    return values;
  }

  private static String nextPage(HtmlSettings html, Document page) {
    if (html.nextPage() == null) {
      return null;
    }
    Element next = page.selectFirst(html.nextPage());
    if (next == null) {
      return null;
    }
    String href = next.absUrl("href");
    return href.isBlank() ? null : href;
  }

  /**
   * A link found on a board's page is followed only over http(s) to the host of the definition's
   * own address, and a local file only from saved pages that are local themselves: a compromised or
   * spoofed board page can make Touchstone read neither our files nor our network (security-2026-12
   * F6). The refusal names the board's host, never where the link pointed.
   */
  private static void requireOnTheBoard(
      ReadRequest request, String firstPage, String link, String kind) {
    if (Download.isLocal(firstPage)) {
      if (!Download.isLocal(link)) {
        throw new SourceReadException(
            request.fileName()
                + ": a "
                + kind
                + " link on the saved pages leads off the board's host; saved pages are read only "
                + "from files");
      }
      return;
    }
    HttpUrl board = HttpUrl.parse(firstPage);
    HttpUrl target = Download.isLocal(link) ? null : HttpUrl.parse(link);
    // The same host, on the board's port or the scheme's usual one (http to https is fine).
    boolean onTheBoard =
        board != null
            && target != null
            && target.host().equalsIgnoreCase(board.host())
            && (target.port() == board.port()
                || target.port() == HttpUrl.defaultPort(target.scheme()));
    if (!onTheBoard) {
      throw new SourceReadException(
          request.fileName()
              + ": a "
              + kind
              + " link on "
              + (board == null ? "the board" : board.host())
              + "'s page leads off the board's host; it was not followed (Touchstone follows only "
              + "http(s) links on the host of the definition's url)");
    }
  }

  private static void requirePage(
      ReadRequest request, Document page, String selector, String url, String setting) {
    if (page.select(selector).isEmpty()) {
      String title = page.title().isBlank() ? "" : " (its title: '" + page.title() + "')";
      throw new SourceReadException(
          request.fileName()
              + ": "
              + url
              + " no longer matches its selectors: nothing matches '"
              + selector
              + "'"
              + title
              + "; the board changed its page, or answered with an error page: update "
              + setting
              + " in the definition");
    }
  }

  private Document fetch(ReadRequest request, String url) {
    try (Download download = Download.open(fetcher, url)) {
      return Jsoup.parse(download.body(), null, baseUri(url));
    } catch (IOException e) {
      throw new SourceReadException(
          request.fileName() + ": download of " + url + " failed while reading: " + e.getMessage(),
          e);
    }
  }

  /**
   * Links on a local page resolve against its own location, so a folder of saved pages pages like
   * the board.
   */
  private static String baseUri(String location) {
    if (!Download.isLocal(location) || location.startsWith("file:")) {
      return location;
    }
    return Path.of(location).toAbsolutePath().toUri().toString();
  }
}
