package dev.touchstone.web;

import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.registry.NumberMatches;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Licenses")
@ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
class LicenseController {
  private final LicenseQueries licenses;
  private final ExecutorService blocking;

  LicenseController(
      LicenseQueries licenses, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.licenses = licenses;
    this.blocking = blocking;
  }

  /**
   * The license as the registry has it. The number matches as people type it: ignoring case,
   * spaces, punctuation and leading zeros, with or without the board's prefix or type where the
   * source's rule allows; a number that can be several licenses answers 300 with them all.
   */
  @Get("/{jurisdiction}/{licenseNumber}")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = LicenseView.class)))
  @ApiResponse(
      responseCode = "300",
      description = "the number can be several licenses; `candidates` lists them",
      content =
          @Content(mediaType = ApiDoc.PROBLEM, schema = @Schema(implementation = Problem.class)))
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "getLicense")
  public CompletionStage<LicenseView> find(String jurisdiction, String licenseNumber) {
    RequestChecks.jurisdiction("jurisdiction", jurisdiction);
    String state = jurisdiction.toUpperCase(Locale.ROOT);
    RequestChecks.licenseNumber("licenseNumber", licenseNumber);
    Optional<NumberMatches> cached = licenses.cached(state, licenseNumber);
    if (cached.isPresent()) {
      return answer(cached.get(), state, licenseNumber);
    }
    return CompletableFuture.supplyAsync(() -> licenses.match(state, licenseNumber), blocking)
        .thenCompose(found -> answer(found, state, licenseNumber));
  }

  private static CompletionStage<LicenseView> answer(
      NumberMatches found, String state, String licenseNumber) {
    if (found.ambiguous()) {
      return CompletableFuture.failedFuture(
          ApiProblemException.severalLicenses(
              licenseNumber
                  + " can be "
                  + found.licenses().size()
                  + " licenses in "
                  + state
                  + ": "
                  + String.join(
                      ", ", found.licenses().stream().map(LicenseView::licenseNumber).toList())
                  + ". Ask again with the full number as the license shows it.",
              found.licenses()));
    }
    return found
        .single()
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
