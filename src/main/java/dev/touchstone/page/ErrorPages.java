package dev.touchstone.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A person who opens an address that is not a page (a mistyped link, a form's address reloaded)
 * gets a page in the site's frame that says so and leads back to the search, not the API's
 * problem+json. The API's own paths, and programs that do not ask for HTML, keep the problem.
 *
 * <p>A response filter rather than an error handler, so the API's problem handling in {@code web}
 * stays the one place that decides errors, and neither package reaches into the other.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ErrorPages {

  @ResponseFilter
  MutableHttpResponse<?> pageFor(HttpRequest<?> request, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    if ((status != HttpStatus.NOT_FOUND && status != HttpStatus.METHOD_NOT_ALLOWED)
        || !forAPerson(request)
        || response.getContentType().filter(MediaType.TEXT_HTML_TYPE::matches).isPresent()) {
      return response;
    }
    MutableHttpResponse<String> page =
        status == HttpStatus.NOT_FOUND
            ? Layout.response(
                status,
                "Not found",
                new Html()
                    .el("h1", null, "No page at this address")
                    .raw(
                        "<p>Touchstone has no page here. Check that the address was copied whole, or "
                            + "<a href=\"/\">start a new search</a>.</p>"))
            : Layout.response(
                status,
                "Not a page to open",
                new Html()
                    .el("h1", null, "This address is not a page to open")
                    .raw(
                        "<p>It is where Touchstone's forms send what you type. "
                            + "<a href=\"/\">Start a new search</a> to check a therapist.</p>"));
    response
        .getHeaders()
        .findFirst(HttpHeaders.ALLOW)
        .ifPresent(allow -> page.header(HttpHeaders.ALLOW, allow));
    return page;
  }

  /** A browser asking for a page: HTML accepted, and not one of the API's or operators' paths. */
  private static boolean forAPerson(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.startsWith("/api/")
        || path.equals("/api")
        || path.startsWith("/health")
        || path.startsWith("/metrics")
        || path.startsWith("/assets/")) {
      return false;
    }
    // Named outright, as browsers do: "*/*" alone (curl, scripts) keeps the problem+json.
    return request.accept().stream()
        .anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
  }
}
