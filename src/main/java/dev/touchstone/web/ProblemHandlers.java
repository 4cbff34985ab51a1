package dev.touchstone.web;

import dev.touchstone.sync.SyncAlreadyRunningException;
import dev.touchstone.sync.UnknownSourceException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The one place that turns our exceptions into problem+json. */
final class ProblemHandlers {
  private ProblemHandlers() {}

  @Singleton
  @Produces("application/problem+json")
  @Requires(classes = {ApiProblemException.class, ExceptionHandler.class})
  static class ApiProblems implements ExceptionHandler<ApiProblemException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiProblemException exception) {
      return Problems.response(exception.problem());
    }
  }

  @Singleton
  @Produces("application/problem+json")
  @Requires(classes = {UnknownSourceException.class, ExceptionHandler.class})
  static class UnknownSources
      implements ExceptionHandler<UnknownSourceException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnknownSourceException exception) {
      return Problems.response(
          HttpStatus.NOT_FOUND,
          "Unknown source",
          exception.getMessage() + "; GET /api/v1/sources lists the configured sources");
    }
  }

  @Singleton
  @Produces("application/problem+json")
  @Requires(classes = {SyncAlreadyRunningException.class, ExceptionHandler.class})
  static class RunningSyncs
      implements ExceptionHandler<SyncAlreadyRunningException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(
        HttpRequest request, SyncAlreadyRunningException exception) {
      return Problems.response(HttpStatus.CONFLICT, "Sync already running", exception.getMessage());
    }
  }
}
