package dev.touchstone.web;

import dev.touchstone.clinic.Caller;
import dev.touchstone.clinic.Organizations;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Turns the {@code X-Api-Key} of a clinic request into its organization, or a 401 that says what to
 * send.
 */
@Singleton
class ClinicKeys {
  private final Organizations organizations;

  public ClinicKeys(Organizations organizations) {
    this.organizations = organizations;
  }

  /** The caller; a missing, unknown or revoked key is a 401. */
  public Caller require(String presented) {
    if (presented == null || presented.isBlank()) {
      throw new ApiProblemException(
          HttpStatus.UNAUTHORIZED,
          "Organization key required",
          "send your organization's API key in the X-Api-Key header; an operator issues keys with POST /api/v1/organizations",
          null);
    }
    return optional(presented).orElseThrow();
  }

  /** The caller when a key is sent, empty when none is; a key that is sent must work. */
  public Optional<Caller> optional(String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        organizations
            .authenticate(presented.strip())
            .orElseThrow(
                () ->
                    new ApiProblemException(
                        HttpStatus.UNAUTHORIZED,
                        "Unknown API key",
                        "the X-Api-Key header holds no live organization key: it may have been revoked; ask your operator for a new one",
                        null)));
  }
}
