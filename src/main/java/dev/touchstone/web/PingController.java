package dev.touchstone.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Answers without touching anything: a liveness probe, and the framework's ceiling in
 * scripts/bench-api.
 */
@Controller("/ping")
@Hidden
class PingController {

  @Get
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
