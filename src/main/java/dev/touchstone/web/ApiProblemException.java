package dev.touchstone.web;

import dev.touchstone.registry.LicenseView;
import io.micronaut.http.HttpStatus;
import java.util.List;

/** A request the service refuses, with what the client should do instead. */
class ApiProblemException extends RuntimeException {
  private final HttpStatus status;
  private final String title;
  private final List<Problem.FieldError> errors;
  private final List<LicenseView> candidates;

  public ApiProblemException(
      HttpStatus status, String title, String detail, List<Problem.FieldError> errors) {
    this(status, title, detail, errors, null);
  }

  private ApiProblemException(
      HttpStatus status,
      String title,
      String detail,
      List<Problem.FieldError> errors,
      List<LicenseView> candidates) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = errors;
    this.candidates = candidates;
  }

  /**
   * {@code 300 Multiple Choices}: the number names several licenses, listed so the client can ask
   * again with the one it means.
   */
  public static ApiProblemException severalLicenses(String detail, List<LicenseView> candidates) {
    return new ApiProblemException(
        HttpStatus.MULTIPLE_CHOICES, "Several licenses have this number", detail, null, candidates);
  }

  public static ApiProblemException invalid(String field, String message) {
    return new ApiProblemException(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        field + ": " + message,
        List.of(new Problem.FieldError(field, message)));
  }

  /** Several fields at once, so the client fixes them in one go. */
  public static ApiProblemException invalid(List<Problem.FieldError> errors) {
    String detail =
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    return new ApiProblemException(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors);
  }

  public static ApiProblemException notFound(String detail) {
    return new ApiProblemException(HttpStatus.NOT_FOUND, "Not found", detail, null);
  }

  public Problem problem() {
    return new Problem(
        Problems.type(status), title, status.getCode(), getMessage(), errors, candidates);
  }

  public HttpStatus status() {
    return status;
  }
}
