package dev.touchstone.web;

import dev.touchstone.normalize.LicenseNumbers;
import dev.touchstone.registry.BoundedCache;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.registry.RegistryChanged;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * License lookups. Most are answered from the rendered-license cache right on the event loop; only
 * a miss goes to the blocking pool for the database.
 */
@Controller("/api/v1/licenses")
public class LicenseController {
  private static final byte[] NOT_FOUND = new byte[0];
  private final LicenseQueries licenses;
  private final JsonMapper json;
  private final Clock clock;
  private final ExecutorService blocking;
  private final BoundedCache<String, byte[]> rendered = new BoundedCache<>(100_000);

  public LicenseController(LicenseQueries licenses, JsonMapper json, Clock clock,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.licenses = licenses;
    this.json = json;
    this.clock = clock;
    this.blocking = blocking;
  }

  /** Lookups far outnumber syncs, so a license is rendered once per registry state and day. */
  @EventListener
  void onRegistryChanged(RegistryChanged event) {
    rendered.clear();
  }

  /** The license as the registry has it; the number matches ignoring case, spaces and punctuation. */
  @Get("/{jurisdiction}/{licenseNumber}")
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LicenseView.class)))
  public CompletableFuture<HttpResponse<byte[]>> find(String jurisdiction, String licenseNumber) {
    RequestChecks.jurisdiction("jurisdiction", jurisdiction);
    if (licenseNumber.length() > 40 || LicenseNumbers.key(licenseNumber).isEmpty()) {
      throw ApiProblemException.invalid("licenseNumber",
          "a license number has 1 to 40 characters with at least one letter or digit, e.g. MA60218734");
    }
    String state = jurisdiction.toUpperCase(Locale.ROOT);
    String key = state + "|" + LicenseNumbers.key(licenseNumber) + "|" + LocalDate.now(clock);
    byte[] cached = rendered.peek(key);
    if (cached != null) {
      return CompletableFuture.completedFuture(respond(cached, state, licenseNumber));
    }
    return CompletableFuture.supplyAsync(() -> respond(
        rendered.get(key, k -> licenses.find(state, licenseNumber).map(this::render).orElse(NOT_FOUND)), state, licenseNumber), blocking);
  }

  private static HttpResponse<byte[]> respond(byte[] body, String state, String licenseNumber) {
    if (body.length == 0) {
      throw ApiProblemException.notFound("no license " + licenseNumber + " in " + state + " is in the registry; check the number "
          + "on the certificate, or search by name");
    }
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private byte[] render(LicenseView view) {
    try {
      return json.writeValueAsBytes(view);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
