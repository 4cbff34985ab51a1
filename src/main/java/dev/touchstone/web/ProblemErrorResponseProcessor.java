package dev.touchstone.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Micronaut's own errors (no such route, wrong method, unreadable body, a path value of the wrong
 * type) as problem+json too. A server error never carries its exception's message.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    String detail;
    List<Problem.FieldError> errors = null;
    if (status.getCode() >= 500) {
      detail = "Something went wrong on our side; the request was not completed. Try again later.";
    } else if (status == HttpStatus.NOT_FOUND) {
      detail =
          "There is nothing at "
              + context.getRequest().getPath()
              + "; the API lives under /api/v1 (see /swagger-ui).";
    } else if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      detail =
          context.getRequest().getMethod()
              + " is not supported on "
              + context.getRequest().getPath()
              + ".";
    } else if (framingWasAmbiguous(context)) {
      detail = UnambiguousServerCodec.AMBIGUOUS + "; send the body with one of them.";
    } else {
      detail =
          context.getErrors().stream()
              .map(e -> e.getMessage())
              .reduce((a, b) -> a + "; " + b)
              .orElse(status.getReason());
      errors =
          context.getErrors().stream()
              .map(e -> new Problem.FieldError(e.getPath().orElse("request"), e.getMessage()))
              .toList();
    }
    Problem problem =
        new Problem(
            Problems.type(status),
            status.getReason(),
            status.getCode(),
            detail,
            errors == null || errors.isEmpty() ? null : errors);
    return response.contentType(Problems.PROBLEM_JSON).body(problem);
  }

  /** Netty keeps why a request failed to decode on the request itself, not as an exception. */
  private static boolean framingWasAmbiguous(ErrorContext context) {
    return context.getRequest() instanceof NettyHttpRequest<?> request
        && request.getNativeRequest().decoderResult().cause() != null
        && UnambiguousServerCodec.AMBIGUOUS.equals(
            request.getNativeRequest().decoderResult().cause().getMessage());
  }
}
