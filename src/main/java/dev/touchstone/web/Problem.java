package dev.touchstone.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.touchstone.registry.LicenseView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong and, for invalid input, which field and how to fix it; for a
 * license number that names several licenses, the {@code candidates} to choose from.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(
    String type,
    String title,
    int status,
    String detail,
    @Nullable List<FieldError> errors,
    @Nullable List<LicenseView> candidates) {

  Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    this(type, title, status, detail, errors, null);
  }

  @Serdeable
  public record FieldError(String field, String message) {}
}
