package dev.touchstone.page;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/**
 * The frame of every patient page, and the headers that keep it ours: no script runs, nothing loads
 * from anywhere else, and no other site may frame it.
 */
final class Layout {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
          + "base-uri 'none'; frame-ancestors 'none'";

  private Layout() {}

  static MutableHttpResponse<String> response(HttpStatus status, String title, Html main) {
    String page =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>"
            + Html.escape(title)
            + " · Touchstone</title>\n"
            + "<link rel=\"stylesheet\" href=\"/assets/touchstone.css\">\n"
            + "<link rel=\"icon\" href=\"/assets/touchstone.svg\" type=\"image/svg+xml\">\n"
            + "</head>\n<body>\n"
            + "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
            + "<header class=\"site\"><a class=\"brand\" href=\"/\"><img src=\"/assets/touchstone.svg\" alt=\"\" width=\"28\" height=\"28\">"
            + " Touchstone</a><span class=\"tagline\">Is your massage therapist licensed?</span></header>\n"
            + "<main id=\"main\" tabindex=\"-1\">\n"
            + main
            + "\n</main>\n"
            + "<footer class=\"site\"><p>Touchstone reads the public records of state licensing boards, the national NPI "
            + "registry and the federal exclusion list. It is not a licensing board: when something matters, the board's own "
            + "record decides.</p></footer>\n</body>\n</html>\n";
    return HttpResponse.<String>status(status)
        .body(page)
        .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "same-origin")
        .header("Cache-Control", "no-store");
  }
}
