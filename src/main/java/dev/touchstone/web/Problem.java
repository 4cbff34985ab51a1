package dev.touchstone.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem: what went wrong and, for invalid input, which field and how to fix it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  @Serdeable
  public record FieldError(String field, String message) {}
}
