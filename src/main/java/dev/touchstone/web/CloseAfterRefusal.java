package dev.touchstone.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A request refused with a 4xx may be answered before its body was read (no key, too large). The
 * connection then closes after the answer, so the client stops sending and no unread byte of the
 * body can be taken for the start of a next request (security-2026-12 F10, {@code WireTest}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CloseAfterRefusal {

  @ResponseFilter
  void closeIfRefusedWithABody(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.code() >= 400 && response.code() < 500 && carriesABody(request)) {
      response.header(HttpHeaders.CONNECTION, "close");
    }
  }

  private static boolean carriesABody(HttpRequest<?> request) {
    return request.getContentLength() > 0
        || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
  }
}
