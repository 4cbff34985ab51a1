package dev.touchstone.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.Locale;

/** Turns problems into {@code application/problem+json} responses. */
final class Problems {
  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private Problems() {}

  static String type(HttpStatus status) {
    return "https://touchstone.example/problems/"
        + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static MutableHttpResponse<Problem> response(Problem problem) {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
        .contentType(PROBLEM_JSON)
        .body(problem);
  }

  static MutableHttpResponse<Problem> response(HttpStatus status, String title, String detail) {
    return response(new Problem(type(status), title, status.getCode(), detail, null));
  }
}
