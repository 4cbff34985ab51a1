package dev.touchstone.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to read a board that publishes only an HTML lookup: which result pages to ask for, and where
 * each value sits on them, by CSS selector (jsoup's dialect). The adapter fails the run when a page
 * stops matching these selectors, rather than reading it as "no licenses".
 *
 * @param queries values put in place of {@code {query}} in the source's URL, one search each (a
 *     lookup that needs a search term, such as the first letter of a last name); none: the URL as
 *     is
 * @param page a selector every genuine result page matches, with rows or without: the page's
 *     structure, not its content
 * @param rows a selector for one result row
 * @param fields column name → selector inside a row; the element's text is the column's value
 * @param links column name → selector of a link inside a row; its absolute address is the value
 * @param nextPage a selector for the link to the next result page, absent on the last page
 * @param noResults a selector for the board's "no results" message: a page without rows must show
 *     it
 * @param detail values read from each row's own page, when the list does not show them
 * @param maxPages pages read at most per query, against a lookup that pages forever; default 2000
 */
public record HtmlSettings(
    List<String> queries,
    String page,
    String rows,
    Map<String, String> fields,
    Map<String, String> links,
    String nextPage,
    String noResults,
    Detail detail,
    Integer maxPages) {

  public HtmlSettings {
    queries = queries == null ? List.of() : List.copyOf(queries);
    fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
    links = links == null ? Map.of() : new LinkedHashMap<>(links);
    maxPages = maxPages == null ? 2000 : maxPages;
    if (page == null || page.isBlank()) {
      throw new IllegalArgumentException(
          "html.page is required: a selector every genuine result page matches");
    }
    if (rows == null || rows.isBlank()) {
      throw new IllegalArgumentException("html.rows is required: a selector for one result row");
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(
          "html.fields is required: column name → selector inside a row");
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("html.max-pages must be at least 1");
    }
    if (detail != null && !links.containsKey(detail.link())) {
      throw new IllegalArgumentException(
          "html.detail.link '" + detail.link() + "' must be one of html.links " + links.keySet());
    }
  }

  /**
   * A row's own page.
   *
   * @param link the column (one of {@code links}) holding the page's address
   * @param page a selector every genuine detail page matches
   * @param fields column name → selector on the page
   * @param repeat a selector for a repeated block (one per board action): each becomes a record of
   *     its own with the row's values, to be merged back into one license ({@code merge-rows})
   * @param repeatFields column name → selector inside one repeated block
   */
  public record Detail(
      String link,
      String page,
      Map<String, String> fields,
      String repeat,
      Map<String, String> repeatFields) {
    public Detail {
      fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
      repeatFields = repeatFields == null ? Map.of() : new LinkedHashMap<>(repeatFields);
      if (link == null || page == null) {
        throw new IllegalArgumentException(
            "html.detail needs 'link' (a links column) and 'page' (a selector every detail page matches)");
      }
      if (repeat != null && repeatFields.isEmpty()) {
        throw new IllegalArgumentException("html.detail.repeat needs repeat-fields");
      }
    }
  }
}
