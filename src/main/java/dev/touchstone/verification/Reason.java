package dev.touchstone.verification;

import io.micronaut.serde.annotation.Serdeable;

/** One finding, with a message a patient can act on. */
@Serdeable
public record Reason(ReasonCode code, Severity severity, String message) {
  public static Reason of(ReasonCode code, String message) {
    return new Reason(code, code.severity(), message);
  }
}
