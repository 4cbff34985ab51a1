package dev.touchstone.web;

import dev.touchstone.registry.LicenseNumbers;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseView;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;

/**
 * License lookups. Unlike the other controllers this one runs on the event loop, and goes to the
 * blocking pool only when the answer is not in the registry's cache: a cached answer is a map read,
 * and for it the hop to the pool was most of the cost (measured in run O of
 * src/docs/performance.md).
 */
@Controller("/api/v1/licenses")
class LicenseController {
  private final LicenseQueries licenses;
  private final ExecutorService blocking;

  LicenseController(
      LicenseQueries licenses, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.licenses = licenses;
    this.blocking = blocking;
  }

  /**
   * The license as the registry has it; the number matches ignoring case, spaces and punctuation.
   */
  @Get("/{jurisdiction}/{licenseNumber}")
  public CompletionStage<LicenseView> find(String jurisdiction, String licenseNumber) {
    RequestChecks.jurisdiction("jurisdiction", jurisdiction);
    String state = jurisdiction.toUpperCase(Locale.ROOT);
    if (licenseNumber.length() > 40 || LicenseNumbers.key(licenseNumber).isEmpty()) {
      throw ApiProblemException.invalid(
          "licenseNumber",
          "a license number has 1 to 40 characters with at least one letter or digit, e.g. MA60218734");
    }
    Optional<Optional<LicenseView>> cached = licenses.cached(state, licenseNumber);
    if (cached.isPresent()) {
      return answer(cached.get(), state, licenseNumber);
    }
    return CompletableFuture.supplyAsync(() -> licenses.find(state, licenseNumber), blocking)
        .thenCompose(found -> answer(found, state, licenseNumber));
  }

  private static CompletionStage<LicenseView> answer(
      Optional<LicenseView> found, String state, String licenseNumber) {
    return found
        .map(CompletableFuture::completedFuture)
        .orElseGet(
            () ->
                CompletableFuture.failedFuture(
                    ApiProblemException.notFound(
                        "no license "
                            + licenseNumber
                            + " in "
                            + state
                            + " is in the registry; check the number on the certificate, or search by name")));
  }
}
