package dev.touchstone.web;

import dev.touchstone.registry.LicenseNumbers;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseView;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Locale;

/** License lookups. */
@Controller("/api/v1/licenses")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LicenseController {
  private final LicenseQueries licenses;

  public LicenseController(LicenseQueries licenses) {
    this.licenses = licenses;
  }

  /** The license as the registry has it; the number matches ignoring case, spaces and punctuation. */
  @Get("/{jurisdiction}/{licenseNumber}")
  public LicenseView find(String jurisdiction, String licenseNumber) {
    RequestChecks.jurisdiction("jurisdiction", jurisdiction);
    String state = jurisdiction.toUpperCase(Locale.ROOT);
    if (licenseNumber.length() > 40 || LicenseNumbers.key(licenseNumber).isEmpty()) {
      throw ApiProblemException.invalid("licenseNumber",
          "a license number has 1 to 40 characters with at least one letter or digit, e.g. MA60218734");
    }
    return licenses.find(state, licenseNumber).orElseThrow(() -> ApiProblemException.notFound("no license " + licenseNumber
        + " in " + state + " is in the registry; check the number on the certificate, or search by name"));
  }
}
