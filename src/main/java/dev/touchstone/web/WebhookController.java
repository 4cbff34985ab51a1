package dev.touchstone.web;

import dev.touchstone.clinic.Caller;
import dev.touchstone.clinic.WebhookAddresses;
import dev.touchstone.clinic.Webhooks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * A clinic's webhook: where its alerts are POSTed, the secret that signs them, and how the
 * deliveries went.
 */
@Controller("/api/v1/webhook")
@Tag(name = "Webhooks")
@SecurityRequirement(name = ApiDoc.CLINIC)
@ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhookController {
  private final Webhooks webhooks;
  private final WebhookAddresses addresses;
  private final ClinicKeys clinics;

  public WebhookController(Webhooks webhooks, WebhookAddresses addresses, ClinicKeys clinics) {
    this.webhooks = webhooks;
    this.addresses = addresses;
    this.clinics = clinics;
  }

  @Serdeable
  public record NewWebhook(@Nullable String url) {}

  @Serdeable
  public record Registered(String url, String secret) {}

  @Serdeable
  public record Current(String url) {}

  @Serdeable
  public record Deliveries(List<Webhooks.Delivery> deliveries) {}

  /** Registers the URL (replacing any earlier one) with a new signing secret, shown here only. */
  @Put
  @ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @Operation(operationId = "registerWebhook")
  public Registered register(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Body NewWebhook body) {
    Caller caller = clinics.require(key);
    String url = body == null || body.url() == null ? null : body.url().strip();
    String refusal =
        url == null || url.isEmpty()
            ? "is required, e.g. {\"url\": \"https://clinic.example/touchstone-alerts\"}"
            : url.length() > 2000 ? "must be at most 2000 characters" : addresses.refusal(url);
    if (refusal != null) {
      throw ApiProblemException.invalid("url", refusal);
    }
    Webhooks.Webhook webhook = webhooks.register(caller.organizationId(), url);
    return new Registered(webhook.url(), webhook.secret());
  }

  /** The organization's webhook address (never its secret). */
  @Get
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "getWebhook")
  public Current current(@Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key) {
    Caller caller = clinics.require(key);
    return new Current(
        webhooks
            .find(caller.organizationId())
            .map(Webhooks.Webhook::url)
            .orElseThrow(
                () ->
                    ApiProblemException.notFound(
                        "no webhook is registered: PUT /api/v1/webhook {\"url\": …}")));
  }

  /**
   * Recent deliveries, newest first: delivered, waiting to retry (with the last error), or
   * withdrawn.
   */
  @Get("/deliveries")
  @Operation(operationId = "listDeliveries")
  public Deliveries deliveries(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @QueryValue Integer limit) {
    Caller caller = clinics.require(key);
    return new Deliveries(
        webhooks.deliveries(caller.organizationId(), RequestChecks.limit(limit, 50, 500)));
  }
}
