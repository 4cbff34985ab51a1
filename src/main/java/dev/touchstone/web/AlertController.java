package dev.touchstone.web;

import dev.touchstone.clinic.Alerts;
import dev.touchstone.clinic.Caller;
import dev.touchstone.clinic.Organizations;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A clinic's alerts: changes to the licenses it watches, newest first, and when it wants to hear of
 * expiries.
 */
@Controller("/api/v1/alerts")
@Tag(name = "Alerts")
@SecurityRequirement(name = ApiDoc.CLINIC)
@ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class AlertController {
  private final Alerts alerts;
  private final Organizations organizations;
  private final ClinicKeys clinics;

  public AlertController(Alerts alerts, Organizations organizations, ClinicKeys clinics) {
    this.alerts = alerts;
    this.organizations = organizations;
    this.clinics = clinics;
  }

  @Serdeable
  public record AlertList(List<Alerts.Alert> alerts) {}

  @Serdeable
  public record Settings(@Nullable List<Integer> expiryDays) {}

  /**
   * Changes to the organization's watched licenses, newest first; {@code since} keeps the newer
   * ones.
   */
  @Get
  @ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @Operation(operationId = "listAlerts")
  public AlertList list(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @QueryValue String since,
      @Nullable @QueryValue Integer limit) {
    Caller caller = clinics.require(key);
    Instant from = null;
    if (since != null) {
      try {
        from = Instant.parse(since);
      } catch (DateTimeParseException e) {
        throw ApiProblemException.invalid(
            "since", "is an instant such as 2026-07-01T00:00:00Z (alerts created after it)");
      }
    }
    return new AlertList(
        alerts.list(caller.organizationId(), from, RequestChecks.limit(limit, 100, 500)));
  }

  /** How many days before a watched license expires the organization is alerted. */
  @Get("/settings")
  @Operation(operationId = "getAlertSettings")
  public Settings settings(@Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key) {
    return new Settings(organizations.expiryAlertDays(clinics.require(key).organizationId()));
  }

  /**
   * How many days before a watched license expires to alert, e.g. [60, 30, 7]: one alert at each.
   */
  @Put("/settings")
  @ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @Operation(operationId = "updateAlertSettings")
  public Settings update(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Body Settings body) {
    Caller caller = clinics.require(key);
    List<Integer> days = body == null ? null : body.expiryDays();
    if (days == null
        || days.isEmpty()
        || days.size() > 10
        || days.stream().anyMatch(d -> d == null || d < 1 || d > 365)) {
      throw ApiProblemException.invalid(
          "expiryDays", "is a list of 1 to 10 whole days between 1 and 365, e.g. [60, 30, 7]");
    }
    organizations.setExpiryAlertDays(caller.organizationId(), days);
    return new Settings(organizations.expiryAlertDays(caller.organizationId()));
  }
}
